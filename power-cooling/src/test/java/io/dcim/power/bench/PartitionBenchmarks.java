package io.dcim.power.bench;

import static io.dcim.testing.BenchTimer.cpuSecondsSince;
import static io.dcim.testing.BenchTimer.threadCpuNanos;

import io.dcim.common.persistence.Database;
import io.dcim.power.reading.PurgeResult;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.RetentionPolicy;
import io.dcim.power.reading.RollupResult;
import io.dcim.power.reading.SeriesPoint;
import io.dcim.testing.BenchScale;
import io.dcim.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * Raw readings in daily partitions against the plain table they replace (issue 18), side by side in one run on
 * PostgreSQL: two schemas, one as migrated (partitioned), one whose {@code reading_raw} is put back as the plain
 * table of before V2026121000, with the same two indexes. In each: {@code bench.days} days (default 4) of 30 s
 * readings of {@code bench.targets} targets (default 50, 2 at the smoke scale) x 6 metrics appended hour by hour; the roll-up of all
 * of it into 5-minute and hourly buckets; a day's raw series of one target; then the retention of 2 days, which
 * deletes the rows of the older days from the plain table and drops their partitions, with the table's size on disk
 * before and after. Wall times, and the benchmark thread's CPU (the database's own CPU is not in it).
 * Run: {@code mvn -B -q -Pbench-power -Dbench=partitions -DskipTests -pl power-cooling -am verify}
 */
public final class PartitionBenchmarks {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        if (!Benchmarks.selected("partitions")) {
            return;
        }
        if (!TestDatabase.postgresReachable()) {
            System.out.println("PostgreSQL not reachable: partition benchmark SKIPPED (PostgreSQL only)");
            return;
        }
        int days = Integer.getInteger("bench.days", 4);
        // At the smoke scale (CI) 2 targets: 4 days of 50 targets were 3.5 million rows per schema, 7 million inserted
        // and rolled up only to show that the benchmark still runs.
        int targets = Integer.getInteger("bench.targets", BenchScale.pick(50, 2));
        try (TestDatabase plain = TestDatabase.postgres(); TestDatabase partitioned = TestDatabase.postgres()) {
            unpartition(plain.database());
            run("plain table (before)", plain.database(), days, targets);
            run("daily partitions (after)", partitioned.database(), days, targets);
        }
    }

    private static void run(String name, Database db, int days, int targets) {
        System.out.printf("%n== PostgreSQL, %s ==%n", name);
        Instant end = T0.plus(Duration.ofDays(days));
        ReadingStore store = new ReadingStore(db, Clock.fixed(end, ZoneOffset.UTC));
        RetentionPolicy twoDays = new RetentionPolicy(Duration.ofDays(2), Duration.ofDays(90), Duration.ofDays(1096));
        store.preparePartitions(T0, RetentionPolicy.DEFAULT);       // today (T0) and the next 3 days
        for (int d = 4; d < days; d += 4) {
            store.preparePartitions(T0.plus(Duration.ofDays(d)), RetentionPolicy.DEFAULT);
        }

        long[] loaded = {0};
        measure(name, "append " + days + " days hour by hour", () -> {
            for (Instant hour = T0; hour.isBefore(end); hour = hour.plus(Duration.ofHours(1))) {
                loaded[0] += store.append(ReadingBenchmarks.steps(hour, 120, targets));
            }
            return loaded[0] + " readings";
        });
        measure(name, "roll-up of all " + days + " days", () -> {
            RollupResult r = store.rollUp(end);
            return r.fiveMinuteBuckets() + " 5-minute and " + r.hourlyBuckets() + " hourly buckets";
        });
        measure(name, "raw series of one target over its last day (60 s step)", () -> {
            // target 7, or the last one where fewer were loaded (the smoke scale)
            List<SeriesPoint> s = store.series(Math.min(7, targets), ReadingBenchmarks.METRICS[0], end.minus(Duration.ofDays(1)), end, Duration.ofSeconds(60));
            return s.size() + " points";
        });
        long sizeBefore = size(db);
        measure(name, "retention of 2 days at the end", () -> {
            PurgeResult p = store.purge(end, twoDays);
            return p.raw() + " rows deleted, partitions dropped " + p.rawPartitionsDropped();
        });
        System.out.printf("%s: reading_raw on disk %,d MB before the retention, %,d MB after (without a VACUUM)%n",
                name, sizeBefore >> 20, size(db) >> 20);
    }

    private static void measure(String name, String what, Supplier<String> work) {
        long cpu = threadCpuNanos();
        long start = System.nanoTime();
        String outcome = work.get();
        System.out.printf("%s: %s: %.2f s wall, %.2f s CPU of the benchmark thread (%s)%n", name, what,
                (System.nanoTime() - start) / 1e9, cpuSecondsSince(cpu), outcome);
    }

    /** The plain table of before V2026121000, with its two indexes, in place of the partitioned one. */
    private static void unpartition(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table reading_raw cascade");
            s.execute("create table reading_raw (target_id bigint not null, metric varchar(120) not null,"
                    + " at timestamp(6) with time zone not null, measured_value double precision not null)");
            s.execute("create unique index reading_raw_series_uk on reading_raw (target_id, metric, at)");
            s.execute("create index reading_raw_at_ix on reading_raw (at)");
            c.commit();
        }
    }

    /** The table's size with its indexes, partitions included. */
    private static long size(Database db) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(sum(pg_total_relation_size(t.oid)), 0) from pg_class t"
                     + " where t.oid = to_regclass('reading_raw') or t.oid in (select inhrelid from pg_inherits"
                     + " where inhparent = to_regclass('reading_raw'))")) {
            rs.next();
            long bytes = rs.getLong(1);
            c.commit();
            return bytes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
