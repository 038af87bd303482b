package io.dcim.web.bench;

import static io.dcim.testing.BenchTimer.secondsSince;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseConfig;
import io.dcim.common.persistence.DatabaseKind;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.power.PowerModule;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.demo.PowerDemo;
import io.dcim.power.load.CabinetLoad;
import io.dcim.power.load.CabinetTrend;
import io.dcim.power.load.LoadScope;
import io.dcim.power.polling.SweepReport;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.TargetReading;
import io.dcim.testing.BenchScale;
import io.dcim.testing.BenchTimer;
import io.dcim.testing.TestDatabase;
import io.dcim.console.DcimWicketApplication;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.console.auth.DcimSession;
import io.dcim.identity.role.Role;
import io.dcim.console.room.RoomPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.RuntimeConfigurationType;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.WicketTester;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The power charts and the room power map at a full site's scale (issue #4, target under 200 ms), on an H2 file
 * database and on PostgreSQL (when reachable):
 * <ol>
 *   <li>the {@code full} demo (4,000 cabinets in 10 halls, 8,000 PDUs) registered on the built-in simulator and
 *       swept once, so every PDU has a current reading;</li>
 *   <li>the readings store as a site has it after 7 days: every PDU's power in 5-minute roll-ups (what a 7-day
 *       chart reads, {@code PowerTrends.stepFor}: 7 days in 780 points is a 15-minute step) and hourly ones,
 *       seeded directly in bulk (COPY on PostgreSQL, batched inserts on H2), in time order as they would have
 *       arrived; plus a week of raw power and inlet readings every minute, and inlet roll-ups, for the measured
 *       cabinet's two PDUs;</li>
 *   <li>timed warm, median and p95: the 7-day cabinet power series (data only); the same chart as the console
 *       serves it, a 900×300 PNG from {@code /power/chart} (series, JFreeChart, PNG encoding); the room power
 *       map ({@link RoomPage}, one 400-cabinet hall) rendered by WicketTester (the application in deployment
 *       mode, as the server runs it), and apart the two reads it makes.</li>
 * </ol>
 * H2 holds the roll-ups of {@code -Dpdus.h2} PDUs (default {@value #H2_PDUS}: batched inserts of the full 16
 * million rows take longer than a benchmark should); PostgreSQL those of all of them ({@code -Dpdus.pg}).
 * {@code -Dbench.db=h2|pg} runs one database only.
 * Run: {@code mvn -B -q -o -Pbench-power-web -DskipTests -pl dcim-web -am verify}
 */
public final class PowerScaleBenchmarks {

    static final int H2_PDUS = BenchScale.pick(2_000, 20);
    private static final int WARMUP = 5;
    private static final int RUNS = 30;
    /** The chart resource's default size: 900 px wide less 120 px of axes is 780 points. */
    private static final int POINTS = 780;
    private static final Duration WEEK = Duration.ofDays(7);
    private static final DateTimeFormatter PG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'+00'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        String which = System.getProperty("bench.db", "both");
        if (!which.equals("pg")) {
            Path dir = Files.createTempDirectory("dcim-power-scale-bench");
            try (TestDatabase h2 = TestDatabase.of(DatabaseConfig.h2File(dir))) {
                run("H2 (file)", h2.database(), Integer.getInteger("pdus.h2", H2_PDUS));
            } finally {
                deleteRecursively(dir); // some 4 GB
            }
        }
        if (!which.equals("h2")) {
            if (TestDatabase.postgresReachable()) {
                try (TestDatabase pg = TestDatabase.postgres()) {
                    run("PostgreSQL", pg.database(), Integer.getInteger("pdus.pg", BenchScale.pick(Integer.MAX_VALUE, 20)));
                }
            } else {
                System.out.println("PostgreSQL not reachable: PostgreSQL figures skipped");
            }
        }
    }

    private static void run(String name, Database db, int maxPdus) throws Exception {
        System.out.printf("%n== %s ==%n", name);
        long start = System.nanoTime();
        Services services = WebTesting.services(db);
        new DemoSiteLoader(db, services.catalog()).seedIfEmpty(BenchScale.smoke() ? DemoScale.SMALL : DemoScale.FULL);
        System.out.printf("%s: seeded the demo in %.1f s%n", name, secondsSince(start));
        try (PowerModule power = WebTesting.attachPower(services, db)) {
            start = System.nanoTime();
            try (PowerDemo demo = PowerDemo.start(db, power.targets(), power.profiles(), DemoOptions.DEFAULT.withoutHistory())) {
                System.out.printf("%s: registered %,d demo targets in %.1f s%n", name,
                        demo.lastRegistration().created(), secondsSince(start));
                SweepReport sweep = power.polling().sweep(Instant.now());
                System.out.printf("%s: one sweep of %,d targets: %.1f s, %,d readings stored, outcomes %s%n", name,
                        sweep.due(), sweep.wallTime().toMillis() / 1e3, sweep.readings(), sweep.outcomes());
            }

            List<long[]> pdus = pdus(db); // [target id, cabinet id], the measured cabinet's first
            long cabinet = pdus.get(0)[1];
            List<Long> measuredPdus = pdus.stream().filter(p -> p[1] == cabinet).map(p -> p[0]).toList();
            List<Long> seeded = pdus.stream().limit(Math.min(pdus.size(), maxPdus)).map(p -> p[0]).toList();
            Instant to = floor(Instant.now(), 300);
            Instant from = to.minus(WEEK).minus(Duration.ofHours(1));
            start = System.nanoTime();
            long fiveRows = seedRollups(db, "reading_5m", 300, seeded, Metrics.PDU_POWER_W, from, to, 7_000, 10);
            long hourRows = seedRollups(db, "reading_1h", 3_600, seeded, Metrics.PDU_POWER_W, from, to, 7_000, 120);
            fiveRows += seedRollups(db, "reading_5m", 300, measuredPdus, Metrics.SENSOR_TEMP_C, from, to, 24, 10);
            hourRows += seedRollups(db, "reading_1h", 3_600, measuredPdus, Metrics.SENSOR_TEMP_C, from, to, 24, 120);
            System.out.printf("%s: seeded %,d 5-minute and %,d hourly roll-up rows (7 days, power of %,d of %,d PDUs,"
                    + " inlet of the measured cabinet's %d) in %.1f s%n", name, fiveRows, hourRows, seeded.size(),
                    pdus.size(), measuredPdus.size(), secondsSince(start));
            start = System.nanoTime();
            long raw = seedRaw(power, measuredPdus, from, to);
            System.out.printf("%s: stored %,d raw readings (the measured cabinet's PDUs every minute for 7 days) in"
                    + " %.1f s%n", name, raw, secondsSince(start));
            analyze(db);

            Instant now = Instant.now();
            CabinetTrend trend = power.trends().cabinet(cabinet, now.minus(WEEK), now, POINTS);
            report(name, String.format("cabinet power + inlet series, 7 days (step %s, %d power + %d inlet points),"
                    + " data only", trend.step(), trend.powerW().size(), trend.inletC().size()), time(() -> {
                        Instant n = Instant.now();
                        power.trends().cabinet(cabinet, n.minus(WEEK), n, POINTS);
                    }));
            long pdu = measuredPdus.get(0);
            Duration step = trend.step();
            report(name, "  of which: one PDU's power series from the 5-minute roll-ups", time(() -> {
                Instant n = Instant.now();
                power.readings().series(pdu, Metrics.PDU_POWER_W, n.minus(WEEK), n, step);
            }));

            WicketTester tester = deploymentTester(services);
            try {
                String chart = "power/chart?cabinet=" + cabinet + "&chart=power&period=7d";
                tester.executeUrl(chart);
                check(tester, "image/png");
                int bytes = tester.getLastResponse().getBinaryContent().length;
                report(name, String.format("cabinet power chart, 7 days, 900x300 PNG (%,d bytes) from /power/chart:"
                        + " series + JFreeChart + PNG", bytes), time(() -> {
                            tester.executeUrl(chart);
                            check(tester, "image/png");
                        }));

                long siteId = services.sites().sites().get(0).getId();
                long roomId = services.sites().rooms(siteId).get(0).getId();
                PageParameters room = new PageParameters().set("id", roomId);
                // The map counts readings of the last 90 s only (LoadSettings.freshness): the room's PDUs as the
                // sweeps every 30 s leave them, up to now, over the window the latest-reading query looks back.
                start = System.nanoTime();
                List<Long> roomPdus = roomPdus(db, roomId);
                Instant until = Instant.now();
                long recent = seedRecent(power, roomPdus, until.minus(ReadingStore.LATEST_WINDOW), until);
                System.out.printf("%s: stored %,d raw readings (power, inlet, humidity of the room's %,d PDUs every 30 s"
                        + " for the last 2 hours) in %.1f s%n", name, recent, roomPdus.size(), secondsSince(start));
                analyze(db);
                seedRecent(power, roomPdus, Instant.now(), Instant.now()); // the latest sweep, just now
                tester.startPage(RoomPage.class, room);
                tester.assertRenderedPage(RoomPage.class);
                String html = tester.getLastResponseAsString();
                int cells = html.split("class=\"cab ", -1).length - 1;
                int measured = html.split("title=\"[^\"]*measured ", -1).length - 1;
                report(name, String.format("room power map page, %d cabinets (%d with measured draw), %,d chars",
                        cells, measured, html.length()), time(() -> {
                            tester.startPage(RoomPage.class, room);
                            tester.assertRenderedPage(RoomPage.class);
                        }));
                report(name, "  of which: the room's cabinets (one page query)", time(() -> services.cabinetQueries()
                        .page(new CabinetFilter(null, roomId, null, null, null, null, null),
                                PageRequest.first(1000, "name"))));
                List<CabinetLoad> loads = power.loads().cabinets(LoadScope.room(roomId));
                report(name, String.format("  of which: the room's current loads (%d cabinets, %d measured)", loads.size(),
                        loads.stream().filter(CabinetLoad::measured).count()),
                        time(() -> power.loads().cabinets(LoadScope.room(roomId))));
            } finally {
                tester.destroy();
            }
        }
    }

    /** A tester on the application as the server configures it (deployment mode), signed in as an analyst. */
    private static WicketTester deploymentTester(Services services) {
        services.users().create("bench-analyst", null, WebTesting.PASSWORD, EnumSet.of(Role.ANALYST));
        WicketTester tester = new WicketTester(new DcimWicketApplication(services, RuntimeConfigurationType.DEPLOYMENT,
                false));
        if (!DcimSession.get().signIn("bench-analyst", WebTesting.PASSWORD)) {
            throw new IllegalStateException("the benchmark user could not sign in");
        }
        return tester;
    }

    /** The demo's PDUs with a cabinet, as [target id, cabinet id], ordered by id. */
    private static List<long[]> pdus(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("select id, cabinet_id from snmp_target where role = 'PDU'"
                     + " and cabinet_id is not null order by id");
             ResultSet rs = q.executeQuery()) {
            List<long[]> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
            return out;
        }
    }

    private static List<Long> roomPdus(Database db, long roomId) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("select t.id from snmp_target t join cabinet c on c.id ="
                     + " t.cabinet_id where c.room_id = ? and t.role = 'PDU' order by t.id")) {
            q.setLong(1, roomId);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    /** 30-second polls from {@code from} to {@code to}: power, inlet temperature and humidity. */
    private static long seedRecent(PowerModule power, List<Long> pdus, Instant from, Instant to) {
        long rows = 0;
        List<TargetReading> batch = new ArrayList<>();
        for (Instant t = from; !t.isAfter(to); t = t.plusSeconds(30)) {
            for (long id : pdus) {
                batch.add(new TargetReading(id, Metrics.PDU_POWER_W, t, value(id, t, 4_000)));
                batch.add(new TargetReading(id, Metrics.SENSOR_TEMP_C, t, value(id, t, 24)));
                batch.add(new TargetReading(id, Metrics.SENSOR_HUMIDITY_PCT, t, value(id, t, 45)));
            }
            if (batch.size() >= 20_000) {
                rows += power.readings().append(batch);
                batch.clear();
            }
        }
        return rows + power.readings().append(batch);
    }

    /**
     * Buckets of [from, to) for every target, bucket by bucket as housekeeping would have written them: COPY on
     * PostgreSQL, batched inserts on H2 (one transaction per 100,000 rows).
     */
    private static long seedRollups(Database db, String table, int seconds, List<Long> targets, String metric,
                                    Instant from, Instant to, double level, int samples) throws SQLException {
        String columns = table + " (target_id, metric, bucket_start, min_value, avg_value, max_value, sample_count)";
        long rows = 0;
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + columns + " from stdin");
                StringBuilder text = new StringBuilder(1 << 17);
                for (Instant t = ceil(from, seconds); t.isBefore(to); t = t.plusSeconds(seconds)) {
                    String at = PG_TIME.format(t);
                    for (long id : targets) {
                        double avg = value(id, t, level);
                        text.append(id).append('\t').append(metric).append('\t').append(at).append('\t')
                                .append(avg * 0.9).append('\t').append(avg).append('\t').append(avg * 1.1)
                                .append('\t').append(samples).append('\n');
                        rows++;
                    }
                    if (text.length() > 1 << 16) {
                        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        text.setLength(0);
                    }
                }
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } else {
                try (PreparedStatement insert = c.prepareStatement("insert into " + columns
                        + " values (?, ?, ?, ?, ?, ?, ?)")) {
                    for (Instant t = ceil(from, seconds); t.isBefore(to); t = t.plusSeconds(seconds)) {
                        OffsetDateTime at = OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
                        for (long id : targets) {
                            double avg = value(id, t, level);
                            insert.setLong(1, id);
                            insert.setString(2, metric);
                            insert.setObject(3, at);
                            insert.setDouble(4, avg * 0.9);
                            insert.setDouble(5, avg);
                            insert.setDouble(6, avg * 1.1);
                            insert.setInt(7, samples);
                            insert.addBatch();
                            if (++rows % 1_000 == 0) {
                                insert.executeBatch();
                            }
                            if (rows % 100_000 == 0) {
                                c.commit();
                            }
                        }
                    }
                    insert.executeBatch();
                }
            }
            c.commit();
        }
        return rows;
    }

    /** Power and inlet temperature of the measured cabinet's PDUs every minute, through the store's own writer. */
    private static long seedRaw(PowerModule power, List<Long> pdus, Instant from, Instant to) {
        long rows = 0;
        List<TargetReading> batch = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
            for (long id : pdus) {
                batch.add(new TargetReading(id, Metrics.PDU_POWER_W, t, value(id, t, 7_000)));
                batch.add(new TargetReading(id, Metrics.SENSOR_TEMP_C, t, value(id, t, 24)));
            }
            if (batch.size() >= 20_000) {
                rows += power.readings().append(batch);
                batch.clear();
            }
        }
        return rows + power.readings().append(batch);
    }

    /** Fresh statistics, as autovacuum would have them on a site's week-old tables. */
    private static void analyze(Database db) throws SQLException {
        if (db.kind() != DatabaseKind.POSTGRESQL) {
            return;
        }
        try (Connection c = db.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute("analyze reading_raw");
            s.execute("analyze reading_5m");
            s.execute("analyze reading_1h");
        }
    }

    /** A daily swing around the level, different for each target. */
    private static double value(long id, Instant t, double level) {
        double daily = Math.sin((t.getEpochSecond() % 86_400) / 86_400.0 * 2 * Math.PI);
        return level * (0.8 + (id % 7) * 0.05) + level * 0.2 * daily;
    }

    private static void check(WicketTester tester, String contentType) {
        String type = tester.getLastResponse().getContentType();
        if (tester.getLastResponse().getStatus() != 200 || type == null || !type.startsWith(contentType)) {
            throw new IllegalStateException("HTTP " + tester.getLastResponse().getStatus() + " " + type);
        }
    }

    private static double[] time(Runnable work) {
        return BenchTimer.time(() -> {
            work.run();
            return null;
        }, WARMUP, RUNS);
    }

    private static void report(String db, String what, double[] sorted) {
        System.out.printf("%s: %s: median %.1f ms, p95 %.1f ms (%d runs after %d warm-up)%n", db, what,
                BenchTimer.median(sorted), BenchTimer.p95(sorted), sorted.length, WARMUP);
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Instant floor(Instant t, int seconds) {
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), seconds) * seconds);
    }

    private static Instant ceil(Instant t, int seconds) {
        Instant floor = floor(t, seconds);
        return floor.equals(t) ? t : floor.plusSeconds(seconds);
    }
}
