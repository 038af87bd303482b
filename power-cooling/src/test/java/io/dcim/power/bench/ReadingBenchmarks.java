package io.dcim.power.bench;

import static io.dcim.testing.BenchTimer.median;
import static io.dcim.testing.BenchTimer.p95;
import static io.dcim.testing.BenchTimer.time;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.StatementBatch;
import io.dcim.power.reading.LatestReading;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.RollupResult;
import io.dcim.power.reading.SeriesPoint;
import io.dcim.power.reading.TargetReading;
import io.dcim.testing.BenchDatabases;
import io.dcim.testing.BenchScale;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Storing what the poller reads, on an H2 file database and on PostgreSQL (when reachable):
 * <ol>
 *   <li>ingest of one sweep of 8,000 PDUs x 6 metrics (48,000 readings) in one transaction: COPY on
 *       PostgreSQL (and, for comparison, the batched INSERTs H2 gets), batches of 1,000 on H2; then the newest
 *       power reading of all 8,000 PDUs, as a power map asks for it;</li>
 *   <li>roll-up of a day of 30 s readings of 200 targets x 6 metrics (3,456,000 raw readings) into 5-minute
 *       and hourly buckets, a re-run, and the steady-state job (5 more minutes arrived);</li>
 *   <li>a series of a year of hourly data of one target (8,760 points, and 365 daily ones), from a table
 *       holding a year for 20 targets x 6 metrics.</li>
 * </ol>
 * Run: {@code mvn -B -q -Pbench-power -Dbench=readings -DskipTests -pl power-cooling -am verify}
 */
public final class ReadingBenchmarks {

    private static final Instant T0 = Instant.parse("2025-01-15T00:00:00Z");
    /** A rack PDU's metrics, as the benchmarks of the reading tables write them. */
    static final String[] METRICS = {"pdu.power.w", "pdu.phase.current.a[1]", "pdu.phase.voltage.v[1]",
            "pdu.phase.power.w[1]", "sensor.temp.c", "sensor.humidity.pct"};
    private static final int SWEEP_PDUS = BenchScale.pick(8_000, 100);
    private static final int ROLLUP_TARGETS = BenchScale.pick(200, 5);
    private static final int SERIES_TARGETS = BenchScale.pick(20, 8);

    public static void main(String[] args) throws Exception {
        if (!Benchmarks.selected("readings")) {
            return;
        }
        // Only PostgreSQL ingests with COPY, which batched INSERTs are compared with.
        BenchDatabases.h2FileAndPostgres("dcim-readings-bench", (name, db) -> run(name, db, !name.startsWith("H2")));
    }

    private static void run(String name, Database db, boolean compareBatch) throws SQLException {
        System.out.printf("%n== %s ==%n", name);
        ingest(name, db, compareBatch);
        rollUp(name, db);
        series(name, db);
    }

    private static void ingest(String name, Database db, boolean compareBatch) throws SQLException {
        ReadingStore store = new ReadingStore(db, Clock.fixed(T0.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        int sweep = 0;
        for (int warm = 0; warm < 2; warm++) {
            store.append(sweep(sweep++));
        }
        double[] seconds = new double[5];
        for (int i = 0; i < seconds.length; i++) {
            List<TargetReading> readings = sweep(sweep++);
            long start = System.nanoTime();
            store.append(readings);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        int size = SWEEP_PDUS * METRICS.length;
        System.out.printf("%s: ingest one sweep (%,d readings): median %.2f s = %,.0f readings/s (best %,.0f/s, "
                + "%d sweeps)%n", name, size, seconds[2], size / seconds[2], size / seconds[0], seconds.length);
        if (compareBatch) {
            double[] batch = new double[3];
            for (int i = 0; i < batch.length; i++) {
                List<TargetReading> readings = sweep(sweep++);
                long start = System.nanoTime();
                batchInsert(db, readings);
                batch[i] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(batch);
            System.out.printf("%s:   the same with batched INSERTs (1,000 per batch) instead of COPY: median %.2f s"
                    + " = %,.0f readings/s%n", name, batch[1], size / batch[1]);
        }
        List<Long> all = LongStream.rangeClosed(1, SWEEP_PDUS).boxed().toList();
        double[] latest = time(() -> store.latest(all, METRICS[0]), 5, 20);
        Map<Long, LatestReading> found = store.latest(all, METRICS[0]);
        System.out.printf("%s: latest power of %,d PDUs (%,d found, %d readings each in the window): median %.1f ms,"
                + " p95 %.1f ms%n", name, all.size(), found.size(), sweep, median(latest), p95(latest));
        truncate(db, "reading_raw");
    }

    private static void rollUp(String name, Database db) {
        ReadingStore store = new ReadingStore(db, Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC));
        long start = System.nanoTime();
        long loaded = 0;
        for (int hour = 0; hour < 24; hour++) {
            List<TargetReading> readings = steps(T0.plus(Duration.ofHours(hour)), 120, ROLLUP_TARGETS);
            loaded += store.append(readings);
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: loaded a day of 30 s readings of %d targets x %d metrics (%,d rows) in %.1f s"
                + " (%,.0f readings/s, hourly appends)%n", name, ROLLUP_TARGETS, METRICS.length, loaded, loadSeconds,
                loaded / loadSeconds);

        Instant dayEnd = T0.plus(Duration.ofDays(1));
        start = System.nanoTime();
        RollupResult first = store.rollUp(dayEnd);
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: roll-up of the day: %.2f s (%,d 5-minute and %,d hourly buckets, %,.0f raw"
                + " readings/s)%n", name, firstSeconds, first.fiveMinuteBuckets(), first.hourlyBuckets(),
                loaded / firstSeconds);

        start = System.nanoTime();
        RollupResult again = store.rollUp(dayEnd);
        System.out.printf("%s: roll-up again, nothing new (recomputes the 15-minute look-back and its hour): %.2f s"
                + " (%,d + %,d buckets replaced)%n", name, (System.nanoTime() - start) / 1e9,
                again.fiveMinuteBuckets(), again.hourlyBuckets());

        store.append(steps(dayEnd, 10, ROLLUP_TARGETS));
        start = System.nanoTime();
        RollupResult next = store.rollUp(dayEnd.plus(Duration.ofMinutes(5)));
        System.out.printf("%s: the 5-minute job after 5 more minutes arrived: %.2f s (%,d + %,d buckets written)%n",
                name, (System.nanoTime() - start) / 1e9, next.fiveMinuteBuckets(), next.hourlyBuckets());

        List<Long> targets = LongStream.rangeClosed(1, ROLLUP_TARGETS).boxed().toList();
        Instant notBefore = dayEnd.minus(ReadingStore.LATEST_WINDOW);
        double[] latest = time(() -> store.latest(targets, METRICS[0], notBefore), 5, 20);
        System.out.printf("%s: latest power of %d targets with a full %s window (%d readings each): median %.1f ms%n",
                name, ROLLUP_TARGETS, ReadingStore.LATEST_WINDOW, ReadingStore.LATEST_WINDOW.getSeconds() / 30,
                median(latest));
        truncate(db, "reading_raw");
        truncate(db, "reading_5m");
        truncate(db, "reading_1h");
    }

    private static void series(String name, Database db) throws SQLException {
        Instant yearStart = Instant.parse("2024-01-01T00:00:00Z");
        int hours = 366 * 24;
        long start = System.nanoTime();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into reading_1h (target_id, metric, bucket_start, min_value, avg_value, max_value,"
                        + " sample_count) values (?, ?, ?, ?, ?, ?, ?)")) {
            StatementBatch batch = new StatementBatch(1_000, insert);
            for (long target = 1; target <= SERIES_TARGETS; target++) {
                for (String metric : METRICS) {
                    for (int h = 0; h < hours; h++) {
                        double mean = 3_000 + 500 * Math.sin(h * 2 * Math.PI / 24) + target;
                        insert.setLong(1, target);
                        insert.setString(2, metric);
                        insert.setObject(3, OffsetDateTime.ofInstant(yearStart.plus(Duration.ofHours(h)), ZoneOffset.UTC));
                        insert.setDouble(4, mean - 100);
                        insert.setDouble(5, mean);
                        insert.setDouble(6, mean + 100);
                        insert.setInt(7, 120);
                        batch.add();
                    }
                }
            }
            batch.flush();
            c.commit();
        }
        System.out.printf("%s: inserted a year (2024) of hourly buckets for %d targets x %d metrics (%,d rows) in"
                + " %.1f s%n", name, SERIES_TARGETS, METRICS.length, (long) SERIES_TARGETS * METRICS.length * hours,
                (System.nanoTime() - start) / 1e9);
        ReadingStore store = new ReadingStore(db, Clock.systemUTC());
        Instant yearEnd = yearStart.plus(Duration.ofDays(366));
        List<SeriesPoint> hourly = store.series(7, METRICS[0], yearStart, yearEnd, Duration.ofHours(1));
        double[] hourlyMs = time(() -> store.series(7, METRICS[0], yearStart, yearEnd, Duration.ofHours(1)), 10, 30);
        System.out.printf("%s: series of a year, hourly (%,d points): median %.1f ms, p95 %.1f ms%n", name,
                hourly.size(), median(hourlyMs), p95(hourlyMs));
        List<SeriesPoint> daily = store.series(7, METRICS[0], yearStart, yearEnd, Duration.ofDays(1));
        double[] dailyMs = time(() -> store.series(7, METRICS[0], yearStart, yearEnd, Duration.ofDays(1)), 10, 30);
        System.out.printf("%s: series of a year, daily from the hourly table (%d points): median %.1f ms, p95 %.1f ms%n",
                name, daily.size(), median(dailyMs), p95(dailyMs));
        truncate(db, "reading_1h");
    }

    /** One sweep of the 8,000 PDUs, 30 s after the previous one. */
    private static List<TargetReading> sweep(int n) {
        return steps(T0.plusSeconds(30L * n), 1, SWEEP_PDUS);
    }

    /** {@code count} polls 30 s apart of targets 1..targets, from {@code from}: each a PDU's {@link #METRICS}. */
    static List<TargetReading> steps(Instant from, int count, int targets) {
        List<TargetReading> out = new ArrayList<>(count * targets * METRICS.length);
        for (int step = 0; step < count; step++) {
            Instant at = from.plusSeconds(30L * step);
            for (long target = 1; target <= targets; target++) {
                double load = 3_000 + (target * 37 + step * 11) % 900;
                out.add(new TargetReading(target, METRICS[0], at, load));
                out.add(new TargetReading(target, METRICS[1], at, load / 230));
                out.add(new TargetReading(target, METRICS[2], at, 229 + (step % 5) * 0.5));
                out.add(new TargetReading(target, METRICS[3], at, load));
                out.add(new TargetReading(target, METRICS[4], at, 24.5 + (target % 7) * 0.1));
                out.add(new TargetReading(target, METRICS[5], at, 40 + target % 10));
            }
        }
        return out;
    }

    /** What H2 gets, run on PostgreSQL too for comparison with COPY. */
    private static void batchInsert(Database db, List<TargetReading> readings) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into reading_raw (target_id, metric, at, measured_value) values (?, ?, ?, ?)")) {
            StatementBatch batch = new StatementBatch(1_000, insert);
            for (TargetReading r : readings) {
                insert.setLong(1, r.targetId());
                insert.setString(2, r.metric());
                insert.setObject(3, OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC));
                insert.setDouble(4, r.value());
                batch.add();
            }
            batch.flush();
            c.commit();
        }
    }

    private static void truncate(Database db, String table) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate table " + table);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
