package io.dcim.forecasting.history;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Plausible history for the demo, ending at today's snapshot of a site, consistent with DOMAIN.md: use grows
 * about 2.2× over two years with Q1 the weakest and Q4 the strongest quarter, a little weekly and daily noise;
 * GPUs arrive in quarterly purchase batches (cabinets, units and draw follow them) while the leased cabinets,
 * their contracted power and their units stay as they are today. Only days without history are written, so
 * recorded snapshots are never overwritten and running it again writes nothing.
 */
public final class HistoryDemo {

    /** Use grows by this factor over two years: ln(2.2) per two years. */
    private static final double GROWTH_PER_YEAR = Math.log(2.2) / 2;
    /** Month factors, January first: Q1 low, Q4 high (Q4 carried a third of annual revenue). */
    private static final double[] SEASON = {0.88, 0.86, 0.92, 0.96, 0.98, 1.00, 1.00, 1.01, 1.03, 1.07, 1.10, 1.12};
    /** The share of today's GPUs the site had when the history starts; the rest came in quarterly batches. */
    private static final double FIRST_BATCH = 0.45;

    private final UtilizationHistory history;

    public HistoryDemo(UtilizationHistory history) {
        this.history = history;
    }

    /**
     * Writes {@code months} months of daily history for the site up to yesterday, after taking today's snapshot
     * if there is none yet, on the days that have no history.
     *
     * @return rows written
     */
    public int backfill(long siteId, int months) {
        if (months < 1 || months > 120) {
            throw new InvalidValueException("months", Message.of("forecasting.field.between", 1, 120, months));
        }
        LocalDate today = LocalDate.now(history.clock());
        List<SnapshotRow> now = history.store().day(siteId, today);
        if (now.isEmpty()) {
            history.snapshot(today);
            now = history.store().day(siteId, today);
        }
        LocalDate start = today.minusMonths(months);
        Set<LocalDate> recorded = history.store().daysWithRows(siteId, start, today.minusDays(1));
        List<HistoryStore.DayRow> rows = new ArrayList<>();
        Random random = new Random(siteId * 7919L + months);
        double todayFactor = demandFactor(today, today);
        for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
            double capacity = capacityShare(start, day, months);
            double demand = demandFactor(day, today) / todayFactor * (1 + 0.015 * random.nextGaussian());
            if (!recorded.contains(day)) {
                rows.addAll(dayRows(day, now, capacity, demand));
            }
        }
        history.store().insertAll(rows);
        return rows.size();
    }

    private static List<HistoryStore.DayRow> dayRows(LocalDate day, List<SnapshotRow> today, double capacityShare,
                                                     double demand) {
        List<HistoryStore.DayRow> out = new ArrayList<>();
        long[] gpuTotal = new long[3];
        Map<Resource, SnapshotRow> plain = new HashMap<>();
        for (SnapshotRow r : today) {
            if (r.resource() == Resource.GPU && !GpuClass.ALL.equals(r.gpuClass())) {
                SnapshotRow past = pastGpus(r, capacityShare, demand);
                out.add(new HistoryStore.DayRow(day, past));
                gpuTotal[0] += past.capacity();
                gpuTotal[1] += past.inService();
                gpuTotal[2] += past.used();
            } else if (r.resource() != Resource.GPU) {
                plain.put(r.resource(), r);
            }
        }
        for (SnapshotRow r : today) {
            if (r.resource() == Resource.GPU && GpuClass.ALL.equals(r.gpuClass())) {
                out.add(new HistoryStore.DayRow(day, new SnapshotRow(r.siteId(), Resource.GPU, GpuClass.ALL, gpuTotal[2],
                        gpuTotal[1], gpuTotal[0], false)));
            }
        }
        plain.values().forEach(r -> out.add(new HistoryStore.DayRow(day, pastSpace(r, capacityShare, demand))));
        return out;
    }

    /** Cards arrive in batches; allocation follows demand but never exceeds the cards in service. */
    private static SnapshotRow pastGpus(SnapshotRow r, double capacityShare, double demand) {
        long total = Math.round(r.capacity() * capacityShare);
        double inServiceRatio = r.capacity() == 0 ? 1 : (double) r.inService() / r.capacity();
        long inService = Math.round(total * inServiceRatio);
        long used = Math.min(inService, Math.round(r.used() * demand));
        return new SnapshotRow(r.siteId(), Resource.GPU, r.gpuClass(), Math.max(0, used), inService, total, false);
    }

    /** The lease stays the same; occupancy follows the installed hardware, the draw hardware and use together. */
    private static SnapshotRow pastSpace(SnapshotRow r, double capacityShare, double demand) {
        double share = r.resource() == Resource.POWER ? 0.5 * capacityShare + 0.5 * Math.min(demand, 1.2) : capacityShare;
        long used = Math.min(r.capacity(), Math.max(0, Math.round(r.used() * share)));
        return new SnapshotRow(r.siteId(), r.resource(), r.gpuClass(), used, null, r.capacity(), r.measured());
    }

    /** Share of today's cards installed on {@code day}: a batch at the start of every quarter of the history. */
    static double capacityShare(LocalDate start, LocalDate day, int months) {
        int quarters = Math.max(1, months / 3);
        long quarter = ChronoUnit.MONTHS.between(start, day) / 3;
        return FIRST_BATCH + (1 - FIRST_BATCH) * Math.min(1.0, (double) (quarter + 1) / quarters);
    }

    /** Growth and season of demand on {@code day}, without noise; weekends a little lower. */
    static double demandFactor(LocalDate day, LocalDate today) {
        double years = ChronoUnit.DAYS.between(today, day) / 365.25;
        double weekend = day.getDayOfWeek().getValue() >= 6 ? 0.98 : 1.0;
        return Math.exp(GROWTH_PER_YEAR * years) * SEASON[day.getMonthValue() - 1] * weekend;
    }
}
