package io.dcim.power.energy;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.DeviceDirectory;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDirectory;
import io.dcim.inventory.site.SiteDirectory.SiteFacts;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.load.FacilitySource;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.TargetEnergy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Published queries on energy, for the energy report and for other modules (the economics' electricity cost per
 * tenant): a site's IT and facility energy per month, and each tenant's share of the IT energy.
 *
 * <p>Months are calendar months in the site's time zone; an hourly bucket belongs to the month its start falls in
 * (for zones whose offset is not whole hours, the hour straddling midnight of the first goes to the new month).
 * Energy comes from the hourly roll-ups, so the current hour is not in yet. Per target and hour: its energy
 * counter where it meters one, else its mean power ({@link ReadingStore#energy}).
 *
 * <p>No caller and no permission: these are queries other modules' façades call inside their own use case; doors reach
 * them through a façade that checks the caller's permission.
 */
public final class EnergyQueries {

    /** Ten years of months at most in one question; more is a mistake in the range, not a report. */
    public static final int MAX_MONTHS = 120;

    private final Database db;
    private final ReadingStore readings;
    private final BigDecimal fallbackDesignPue;
    private final TenantMonths tenantMonths;

    public EnergyQueries(Database db, ReadingStore readings, BigDecimal fallbackDesignPue) {
        this.db = db;
        this.readings = readings;
        this.fallbackDesignPue = fallbackDesignPue;
        this.tenantMonths = new TenantMonths(db);
    }

    /** The site's IT and facility energy for every month from {@code from} to {@code toInclusive}, oldest first. */
    public List<MonthlyEnergy> siteMonths(long siteId, YearMonth from, YearMonth toInclusive) {
        return siteMonthsDetailed(siteId, from, toInclusive).stream()
                .map(m -> new MonthlyEnergy(m.month(), m.itWh(), m.facilityWh())).toList();
    }

    /** As {@link #siteMonths}, with where the figures came from and which cabinets delivered energy. */
    public List<SiteMonthEnergy> siteMonthsDetailed(long siteId, YearMonth from, YearMonth toInclusive) {
        checkRange(from, toInclusive);
        SiteFacts site = site(siteId);
        SiteTargets targets = db.read(session -> SiteTargets.of(session, siteId));
        ZoneId zone = ZoneId.of(site.timeZone());
        List<Long> pdus = targets.ids(TargetRole.PDU);
        Map<Long, Long> cabinetOf = targets.cabinetsOfPdus();
        FacilitySource source = targets.facilitySource();
        BigDecimal designPue = site.designPue() == null ? fallbackDesignPue : site.designPue();
        List<Instant> bounds = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(toInclusive.plusMonths(1)); month = month.plusMonths(1)) {
            bounds.add(start(month, zone));
        }
        List<Map<Long, TargetEnergy>> itByMonth = readings.energy(pdus, Metrics.PDU_POWER_W, Metrics.PDU_ENERGY_WH,
                bounds);
        List<Long> facility = switch (source) {
            case METERS -> totals(targets.ids(TargetRole.METER), Metrics.SENSOR_POWER_W, bounds);
            case UPS_INPUT -> totals(targets.ids(TargetRole.UPS), Metrics.UPS_INPUT_POWER_W, bounds);
            case DESIGN_PUE -> null;
        };
        List<SiteMonthEnergy> months = new ArrayList<>();
        YearMonth month = from;
        for (int i = 0; i + 1 < bounds.size(); i++, month = month.plusMonths(1)) {
            Map<Long, TargetEnergy> it = itByMonth.get(i);
            long itWh = Math.round(it.values().stream().mapToDouble(TargetEnergy::wh).sum());
            int counterHours = it.values().stream().mapToInt(TargetEnergy::counterHours).sum();
            int powerHours = it.values().stream().mapToInt(TargetEnergy::powerHours).sum();
            Set<Long> cabinetsDrawing = new HashSet<>();
            it.values().stream().filter(e -> e.wh() > 0 && cabinetOf.containsKey(e.targetId()))
                    .forEach(e -> cabinetsDrawing.add(cabinetOf.get(e.targetId())));
            long facilityWh = facility != null ? facility.get(i)
                    : BigDecimal.valueOf(itWh).multiply(designPue).setScale(0, RoundingMode.HALF_UP).longValue();
            months.add(new SiteMonthEnergy(month, bounds.get(i), bounds.get(i + 1), itWh, facilityWh, source,
                    counterHours, powerHours, Set.copyOf(cabinetsDrawing)));
        }
        return months;
    }

    /**
     * Tenant id → the IT energy of the tenant's devices in the site in that month, in Wh: each cabinet's measured
     * energy split over its devices by typical draw, a device's share to its tenant or its GPUs' tenants
     * ({@link TenantAttribution}). Tenants with no energy are absent. A month over and settled is attributed once
     * and kept ({@link TenantMonths}); the running month is attributed at each call.
     */
    public Map<Long, Long> tenantItWh(long siteId, YearMonth month) {
        if (month == null) {
            throw new InvalidValueException("month", Message.of("power.field.notEmpty"));
        }
        SiteFacts site = site(siteId);
        ZoneId zone = ZoneId.of(site.timeZone());
        Instant from = start(month, zone);
        Instant to = start(month.plusMonths(1), zone);
        boolean settled = readings.settled(to);
        if (settled) {
            Optional<Map<Long, Long>> kept = tenantMonths.find(siteId, from, to);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        Map<Long, Long> cabinetOf = db.read(session -> SiteTargets.of(session, siteId)).cabinetsOfPdus();
        Map<Long, TargetEnergy> energy = readings.energy(cabinetOf.keySet(), Metrics.PDU_POWER_W,
                Metrics.PDU_ENERGY_WH, from, to);
        Map<Long, Double> cabinetWh = new HashMap<>();
        energy.forEach((target, e) -> cabinetWh.merge(cabinetOf.get(target), e.wh(), Double::sum));
        Map<Long, Long> byTenant = db.read(session -> TenantAttribution.split(cabinetWh,
                DeviceDirectory.poweredInSite(session, siteId), DeviceDirectory.tenancyInSite(session, siteId)));
        if (settled) {
            long measured = Math.round(cabinetWh.values().stream().mapToDouble(Double::doubleValue).sum());
            long tenants = byTenant.values().stream().mapToLong(Long::longValue).sum();
            tenantMonths.keep(siteId, from, to, byTenant, Math.max(0, measured - tenants));
        }
        return byTenant;
    }

    /** Per period, the targets' energy added up, in Wh. */
    private List<Long> totals(List<Long> targetIds, String powerMetric, List<Instant> bounds) {
        return readings.energy(targetIds, powerMetric, null, bounds).stream()
                .map(m -> Math.round(m.values().stream().mapToDouble(TargetEnergy::wh).sum())).toList();
    }

    private SiteFacts site(long siteId) {
        return db.read(session -> SiteDirectory.find(session, siteId))
                .orElseThrow(() -> new NotFoundException(Message.noun(Site.class, "site"), siteId));
    }

    private static void checkRange(YearMonth from, YearMonth toInclusive) {
        if (from == null || toInclusive == null || toInclusive.isBefore(from)) {
            throw new InvalidValueException("from", Message.of("power.period.fromBeforeTo", from, toInclusive));
        }
        long months = from.until(toInclusive, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (months > MAX_MONTHS) {
            throw new InvalidValueException("to", Message.of("power.energy.tooManyMonths", months, MAX_MONTHS));
        }
    }

    static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }
}
