package io.dcim.forecasting.usage;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.site.Site;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Usage for the demo, reproducing DOMAIN.md's story: utilization 55 % in autumn 2023, falling to 42 % by the end
 * of September 2024 while the purchases of November 2023 to July 2024 arrive (30 to 60 days after their orders) and
 * start depreciating, then rising to 52 % by autumn 2025 and staying there (Q1 weakest, Q4 strongest). With
 * {@code EconomicsDemo}'s prices the site's gross margin falls to the low twenties and recovers to about a third,
 * as the operator's did (README, "The demo's margin beside the operator's"); a deeper trough (the 30 % national
 * estimate of 2022) would put the demo's margin far below zero, its costs being only the new purchases. Written as daily aggregate rows directly
 * (the jobs would be millions), spread over the demo tenants, with one whole-server rental, and Slurm mappings
 * for the site's partitions and the tenants' accounts so the pages have something to show. Runs once per site:
 * a site with any usage is left as it is.
 */
public final class UsageDemo {

    /** The story starts two months before the first published purchase (2023-11-16). */
    public static final LocalDate FIRST_DAY = LocalDate.of(2023, 9, 1);
    private static final LocalDate TROUGH = LocalDate.of(2024, 9, 30);
    private static final LocalDate RECOVERED = LocalDate.of(2025, 9, 30);
    private static final double START = 0.55;
    private static final double LOW = 0.42;
    private static final double HIGH = 0.52;
    private static final double[] SEASON = {0.92, 0.90, 0.96, 0.99, 1.00, 1.00, 1.00, 1.01, 1.02, 1.05, 1.07, 1.08};
    /** Cores billed beside each card-hour (a GPU server's cores over its cards). */
    private static final int CORES_PER_CARD = 12;
    private static final int BATCH = 1_000;

    private final Database db;

    public UsageDemo(Database db) {
        this.db = db;
    }

    /** The story's utilization on {@code day}, before season and noise. */
    static double trend(LocalDate day) {
        if (day.isBefore(TROUGH)) {
            return START + (LOW - START) * fraction(FIRST_DAY, TROUGH, day);
        }
        if (day.isBefore(RECOVERED)) {
            return LOW + (HIGH - LOW) * fraction(TROUGH, RECOVERED, day);
        }
        return HIGH;
    }

    private static double fraction(LocalDate from, LocalDate to, LocalDate day) {
        return Math.max(0, (double) ChronoUnit.DAYS.between(from, day) / ChronoUnit.DAYS.between(from, to));
    }

    /**
     * Writes the site's usage from {@link #FIRST_DAY} to {@code toExclusive} for the tenants (the first bills the
     * most), unless the site has usage already.
     *
     * @return daily rows written
     */
    public int seed(long siteId, List<Long> tenantIds, LocalDate toExclusive) {
        if (tenantIds.isEmpty() || !toExclusive.isAfter(FIRST_DAY) || hasUsage(siteId)) {
            return 0;
        }
        mappings(siteId, tenantIds);
        ServerRental rental = rental(siteId, tenantIds.get(tenantIds.size() - 1));
        return db.inTransaction(session -> {
            ZoneId zone = session.get(Site.class, siteId).getZone();
            Map<LocalDate, Map<String, UsageReader.Cards>> snapshots = UsageReader.snapshots(session, siteId, FIRST_DAY,
                    toExclusive);
            Map<String, UsageReader.Cards> now = UsageReader.now(session, siteId);
            double[] weights = weights(tenantIds.size());
            Random random = new Random(siteId * 31L + 2023);
            List<Object[]> rows = new ArrayList<>();
            for (LocalDate day = FIRST_DAY; day.isBefore(toExclusive); day = day.plusDays(1)) {
                double u = trend(day) * SEASON[day.getMonthValue() - 1] * (1 + 0.03 * random.nextGaussian());
                long seconds = Hours.secondsOf(day, zone);
                for (Map.Entry<String, UsageReader.Cards> c : new TreeMap<>(snapshots.getOrDefault(day, now)).entrySet()) {
                    long target = Math.round(c.getValue().inService() * seconds * Math.min(0.98, Math.max(0, u)));
                    if (rental != null && rental.getGpuClass().equals(c.getKey()) && !day.isBefore(rental.getStartDate())
                            && day.isBefore(rental.endDate())) {
                        target = Math.max(0, target - rental.cards() * seconds);
                    }
                    for (int t = 0; t < tenantIds.size(); t++) {
                        long card = Math.round(target * weights[t]);
                        if (card > 0) {
                            rows.add(new Object[] {day, c.getKey(), tenantIds.get(t), card, card * CORES_PER_CARD});
                        }
                    }
                }
            }
            session.doWork(conn -> {
                try (PreparedStatement insert = conn.prepareStatement("insert into usage_day (site_id, on_day, gpu_class,"
                        + " tenant_id, card_seconds, core_seconds) values (?, ?, ?, ?, ?, ?)")) {
                    int pending = 0;
                    for (Object[] r : rows) {
                        insert.setLong(1, siteId);
                        insert.setDate(2, Date.valueOf((LocalDate) r[0]));
                        insert.setString(3, (String) r[1]);
                        insert.setLong(4, (Long) r[2]);
                        insert.setLong(5, (Long) r[3]);
                        insert.setLong(6, (Long) r[4]);
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    insert.executeBatch();
                }
            });
            return rows.size();
        });
    }

    /** Shares falling by half a step per tenant: 1, 0.67, 0.5, … normalised. */
    private static double[] weights(int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 1.0 / (1 + 0.5 * i);
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    private boolean hasUsage(long siteId) {
        return db.read(session -> session.createNativeQuery("select count(*) from usage_day where site_id = :site",
                Long.class).setParameter("site", siteId).getSingleResult()) > 0;
    }

    /** A partition per GPU class the site has, an account per tenant, on the cluster "demo". */
    private void mappings(long siteId, List<Long> tenantIds) {
        MappingService mappings = new MappingService(db);
        List<String> classes = db.read(session -> new ArrayList<>(UsageReader.now(session, siteId).keySet()));
        for (String gpuClass : classes) {
            String partition = "s" + siteId + "-" + gpuClass.toLowerCase(Locale.ROOT).replace("_class", "");
            if (mappings.partitions().stream().noneMatch(p -> p.getPartition().equals(partition))) {
                mappings.createPartition(MappingInput.partition("demo", partition, siteId,
                        io.dcim.forecasting.history.GpuClass.valueOf(gpuClass)));
            }
        }
        for (long tenant : tenantIds) {
            String account = "t" + tenant;
            if (mappings.accounts().stream().noneMatch(a -> a.getAccount().equals(account))) {
                mappings.createAccount(MappingInput.account("demo", account, tenant));
            }
        }
    }

    /** Four 8-card servers of the site's largest class rented for a year from September 2024, prepaid. */
    private ServerRental rental(long siteId, long tenantId) {
        Map<String, UsageReader.Cards> now = db.read(session -> UsageReader.now(session, siteId));
        return now.entrySet().stream().filter(e -> e.getValue().inService() >= 64)
                .max(Map.Entry.comparingByValue((a, b) -> Long.compare(a.inService(), b.inService())))
                .map(e -> new RentalService(db).create(new RentalInput(tenantId, siteId,
                        io.dcim.forecasting.history.GpuClass.valueOf(e.getKey()), 4, 8, 128, LocalDate.of(2024, 9, 1), 12,
                        "Demo: whole servers rented for a year, prepaid")))
                .orElse(null);
    }
}
