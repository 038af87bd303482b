package io.dcim.power.bench;

import static io.dcim.testing.BenchTimer.cpuSecondsSince;
import static io.dcim.testing.BenchTimer.median;
import static io.dcim.testing.BenchTimer.threadCpuNanos;
import static io.dcim.testing.BenchTimer.time;

import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseConfig;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetSpec;
import io.dcim.power.endpoint.TargetService;
import io.dcim.power.endpoint.TargetsFixture;
import io.dcim.power.energy.EnergyFacade;
import io.dcim.power.energy.EnergyQueries;
import io.dcim.power.energy.EnergyReport;
import io.dcim.power.energy.EnergyTargets;
import io.dcim.power.energy.MonthlyEnergy;
import io.dcim.power.load.LoadSettings;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.EnergyPlans;
import io.dcim.power.reading.TargetEnergy;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.testing.BenchScale;
import io.dcim.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The energy report of a flagship-size site, on an H2 file database and on PostgreSQL (when reachable):
 * {@value #PDUS} rack PDUs and {@value #UPSES} UPS inputs with hourly roll-ups written for {@code bench.months}
 * months of 2025 (default 1: 8,000 x 744 hours is 6 million hourly rows a month), then the plan of a month's
 * query printed and timed: one month's {@code EnergyQueries.siteMonths} computed from the hourly roll-ups and again
 * from the energy kept per month, and the whole {@code EnergyFacade.report} for 2025 (24 months, 2024 included
 * for the year-on-year targets) first and once its months are kept. The PDUs stand in the room (no cabinets): cabinets change
 * only the occupancy count, not the queries' cost.
 * Run: {@code mvn -B -q -Pbench-power -Dbench=energy -DskipTests -pl power-cooling -am verify}
 */
public final class EnergyBenchmarks {

    static final int PDUS = 8_000;
    static final int UPSES = 40;

    public static void main(String[] args) throws Exception {
        if (!Benchmarks.selected("energy")) {
            return;
        }
        int months = Integer.getInteger("bench.months", 1);
        int pdus = BenchScale.pick(PDUS, 50);
        Path dir = Files.createTempDirectory("dcim-energy-bench");
        if (!"false".equals(System.getProperty("bench.h2"))) { // -Dbench.h2=false: PostgreSQL only
            try (TestDatabase h2 = TestDatabase.of(DatabaseConfig.h2File(dir))) {
                run("H2 (file)", h2.database(), pdus, months);
            }
        }
        if (TestDatabase.postgresReachable()) {
            try (TestDatabase pg = TestDatabase.postgres()) {
                run("PostgreSQL", pg.database(), pdus, months);
            }
        } else {
            System.out.println("PostgreSQL not reachable: PostgreSQL figures skipped");
        }
    }

    private static void run(String name, Database db, int pdus, int months) {
        System.out.printf("%n== %s ==%n", name);
        TargetsFixture f = new TargetsFixture(db);
        f.clock.advance(Duration.ofDays(365)); // January 2026: every month of 2025 is over, so it is kept once read
        long siteId = f.inventory.site.getId();
        long roomId = f.inventory.room.getId();
        long started = System.nanoTime();
        List<Long> pduIds = targets(f.targets, siteId, roomId, TargetRole.PDU, "apc-rpdu2", pdus);
        List<Long> upsIds = targets(f.targets, siteId, roomId, TargetRole.UPS, "ups-mib", UPSES);
        System.out.printf("%s: registered %,d PDUs and %d UPSes in %.1f s%n", name, pdus, UPSES,
                (System.nanoTime() - started) / 1e9);
        if (months == 0) {
            keptYears(name, db, f, siteId, pduIds, upsIds);
            return;
        }
        // 1 January 2025 00:00 in Shanghai
        Instant from = Instant.parse("2024-12-31T16:00:00Z");
        Instant to = YearMonth.of(2025, months).plusMonths(1).atDay(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant();
        started = System.nanoTime();
        long rows = hourly(db, pduIds, Metrics.PDU_POWER_W, 9_000, from, to)
                + hourly(db, upsIds, Metrics.UPS_INPUT_POWER_W, 9_000.0 * pdus / UPSES * 1.25, from, to);
        System.out.printf("%s: wrote %,d hourly buckets (%d months) in %.1f s%n", name, rows, months,
                (System.nanoTime() - started) / 1e9);

        YearMonth jan = YearMonth.of(2025, 1);
        Instant feb = jan.plusMonths(1).atDay(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        System.out.printf("%s: plan of January's IT energy query:%n", name);
        EnergyPlans.explain(db, pduIds, Metrics.PDU_POWER_W, Metrics.PDU_ENERGY_WH, from, feb)
                .forEach(line -> System.out.println("    " + line));
        EnergyQueries queries = new EnergyQueries(db, f.readings, LoadSettings.DEFAULT.fallbackDesignPue());
        long cold = System.nanoTime();
        long cpu = threadCpuNanos();
        List<MonthlyEnergy> month = queries.siteMonths(siteId, jan, jan);
        System.out.printf("%s: one month's IT and facility energy computed from the hourly roll-ups (%,d PDUs x 744 h;"
                + " IT %,d kWh, facility %,d kWh): %.0f ms (%.0f ms CPU)%n", name, pdus, month.get(0).itWh() / 1000,
                month.get(0).facilityWh() / 1000, (System.nanoTime() - cold) / 1e6, cpuSecondsSince(cpu) * 1000);
        cpu = threadCpuNanos();
        double[] monthMs = time(() -> queries.siteMonths(siteId, jan, jan), 1, 3);
        System.out.printf("%s: the same month again, kept: median %.0f ms (%.0f ms CPU per run)%n", name,
                median(monthMs), cpuSecondsSince(cpu) * 1000 / (monthMs.length + 1));
        EnergyFacade facade = new EnergyFacade(db, queries, EnergyTargets.NATIONAL_2025, Clock.systemUTC());
        Caller analyst = Caller.system("bench");
        cold = System.nanoTime();
        cpu = threadCpuNanos();
        EnergyReport report = facade.report(analyst, siteId, 2025);
        System.out.printf("%s: energy report for 2025, first (24 months asked, %d with readings, all but January"
                + " computed from the hourly roll-ups; year PUE %s): %.0f ms (%.0f ms CPU)%n", name, months,
                report.total().pue(), (System.nanoTime() - cold) / 1e6, cpuSecondsSince(cpu) * 1000);
        cpu = threadCpuNanos();
        double[] reportMs = time(() -> facade.report(analyst, siteId, 2025), 1, 3);
        System.out.printf("%s: energy report for 2025, months kept: median %.0f ms (%.0f ms CPU per run)%n", name,
                median(reportMs), cpuSecondsSince(cpu) * 1000 / (reportMs.length + 1));
    }

    /**
     * {@code -Dbench.months=0}: the steady state without the hours of writing hourly buckets first. Every month of
     * 2024 and 2025 is kept per target (as reports that read them once left them), then the report for 2025 timed.
     */
    private static void keptYears(String name, Database db, TargetsFixture f, long siteId, List<Long> pduIds,
                                  List<Long> upsIds) {
        long started = System.nanoTime();
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        for (YearMonth m = YearMonth.of(2024, 1); m.isBefore(YearMonth.of(2026, 1)); m = m.plusMonths(1)) {
            Instant from = m.atDay(1).atStartOfDay(zone).toInstant();
            Instant to = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            int hours = (int) Duration.between(from, to).toHours();
            f.readings.keepEnergy(Metrics.PDU_POWER_W, Metrics.PDU_ENERGY_WH, from, to, kept(pduIds, 9_000, hours));
            f.readings.keepEnergy(Metrics.UPS_INPUT_POWER_W, null, from, to,
                    kept(upsIds, 9_000.0 * pduIds.size() / UPSES * 1.25, hours));
        }
        System.out.printf("%s: kept 24 months of %,d targets in %.1f s%n", name, pduIds.size() + upsIds.size(),
                (System.nanoTime() - started) / 1e9);
        EnergyQueries queries = new EnergyQueries(db, f.readings, LoadSettings.DEFAULT.fallbackDesignPue());
        EnergyFacade facade = new EnergyFacade(db, queries, EnergyTargets.NATIONAL_2025, Clock.systemUTC());
        Caller analyst = Caller.system("bench");
        long cold = System.nanoTime();
        long cpu = threadCpuNanos();
        EnergyReport report = facade.report(analyst, siteId, 2025);
        System.out.printf("%s: energy report for 2025 from kept months, first (year PUE %s): %.0f ms (%.0f ms CPU)%n",
                name, report.total().pue(), (System.nanoTime() - cold) / 1e6, cpuSecondsSince(cpu) * 1000);
        cpu = threadCpuNanos();
        double[] reportMs = time(() -> facade.report(analyst, siteId, 2025), 1, 5);
        System.out.printf("%s: energy report for 2025 from kept months: median %.0f ms (%.0f ms CPU per run)%n", name,
                median(reportMs), cpuSecondsSince(cpu) * 1000 / (reportMs.length + 1));
    }

    private static java.util.Map<Long, TargetEnergy> kept(List<Long> ids, double watts, int hours) {
        java.util.Map<Long, TargetEnergy> out = new java.util.HashMap<>();
        ids.forEach(id -> out.put(id, new TargetEnergy(id, watts * hours, 0, hours)));
        return out;
    }

    private static List<Long> targets(TargetService service, long siteId, long roomId, TargetRole role, String profile,
                                      int count) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String host = "10." + (role == TargetRole.PDU ? 1 : 2) + "." + (i / 250) + "." + (i % 250 + 1);
            ids.add(service.create(TargetSpec.pdu(role.name().toLowerCase() + "-" + i, host, SnmpVersion.V2C,
                    TargetCredentials.community("c"), profile, siteId, null, null).withPlace(siteId, roomId, null)
                    .withPower(role, null, null)).id());
        }
        return ids;
    }

    /** One hourly bucket per target and hour of [from, to), written by JDBC batches as a roll-up would have. */
    private static long hourly(Database db, List<Long> targets, String metric, double watts, Instant from,
                               Instant to) {
        long rows = 0;
        for (Instant hour = from; hour.isBefore(to); hour = hour.plus(Duration.ofHours(24))) {
            Instant dayStart = hour;
            Instant dayEnd = hour.plus(Duration.ofHours(24)).isBefore(to) ? hour.plus(Duration.ofHours(24)) : to;
            rows += db.inTransaction(session -> session.doReturningWork((Connection c) -> {
                long n = 0;
                try (PreparedStatement insert = c.prepareStatement("insert into reading_1h (target_id, metric,"
                        + " bucket_start, min_value, avg_value, max_value, sample_count) values (?, ?, ?, ?, ?, ?, ?)")) {
                    for (Instant h = dayStart; h.isBefore(dayEnd); h = h.plus(Duration.ofHours(1))) {
                        OffsetDateTime at = OffsetDateTime.ofInstant(h, ZoneOffset.UTC);
                        for (long target : targets) {
                            double w = watts * (0.9 + (target % 20) / 100.0);
                            insert.setLong(1, target);
                            insert.setString(2, metric);
                            insert.setObject(3, at);
                            insert.setDouble(4, w * 0.95);
                            insert.setDouble(5, w);
                            insert.setDouble(6, w * 1.05);
                            insert.setLong(7, 120);
                            insert.addBatch();
                            n++;
                        }
                        insert.executeBatch();
                    }
                }
                return n;
            }));
        }
        return rows;
    }
}
