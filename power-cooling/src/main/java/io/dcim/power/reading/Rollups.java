package io.dcim.power.reading;

import io.dcim.common.persistence.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

/**
 * Raw readings into 5-minute buckets, 5-minute into hourly ones, in SQL that runs on H2 and PostgreSQL alike.
 *
 * <p>A bucket is computed whole from the finer table and written with MERGE, which replaces a bucket that is
 * already there: re-running over the same range rewrites the same values and never adds to them. Only
 * complete buckets are written (ending at or before {@code until}).
 *
 * <p>The bucket of a time is computed arithmetically, {@code floor(epoch seconds / length)}, in a subquery
 * (H2 will not group by an expression and select another built on it), and turned back into a timestamp as
 * the epoch plus that many seconds as an interval: the standard forms both databases accept.
 */
final class Rollups {

    /**
     * Readings can arrive after their bucket was rolled up (a sweep finishing late): each roll-up recomputes
     * this much before the last bucket it wrote. Later stragglers need {@link ReadingStore#rollUp(Instant, Instant)}.
     */
    static final Duration LOOKBACK = Duration.ofMinutes(15);
    /** Long ranges (the first roll-up, a backfill) go in slices of this, each its own statement and transaction. */
    static final Duration SLICE = Duration.ofHours(6);

    private static final String EPOCH = "timestamp with time zone '1970-01-01 00:00:00+00'";

    private static final String FROM_RAW = """
            merge into reading_5m t
            using (select target_id, metric, %1$s + b * 300 * interval '1' second as bucket_start,
                          min(v) as min_value, avg(v) as avg_value, max(v) as max_value, count(*) as sample_count
                   from (select target_id, metric, floor(extract(epoch from at) / 300) as b, measured_value as v
                         from reading_raw where at >= ? and at < ?) g
                   group by target_id, metric, b) s
            """.formatted(EPOCH) + merge();

    private static final String FROM_FIVE_MINUTES = """
            merge into reading_1h t
            using (select target_id, metric, %1$s + b * 3600 * interval '1' second as bucket_start,
                          min(mn) as min_value, sum(av * n) / sum(n) as avg_value, max(mx) as max_value,
                          sum(n) as sample_count
                   from (select target_id, metric, floor(extract(epoch from bucket_start) / 3600) as b,
                                min_value as mn, avg_value as av, max_value as mx, sample_count as n
                         from reading_5m where bucket_start >= ? and bucket_start < ?) g
                   group by target_id, metric, b) s
            """.formatted(EPOCH) + merge();

    private static String merge() {
        return """
                on (t.target_id = s.target_id and t.metric = s.metric and t.bucket_start = s.bucket_start)
                when matched then update set min_value = s.min_value, avg_value = s.avg_value,
                     max_value = s.max_value, sample_count = s.sample_count
                when not matched then insert (target_id, metric, bucket_start, min_value, avg_value, max_value,
                     sample_count)
                     values (s.target_id, s.metric, s.bucket_start, s.min_value, s.avg_value, s.max_value,
                     s.sample_count)
                """;
    }

    private final Database db;

    Rollups(Database db) {
        this.db = db;
    }

    /** Continues from the buckets already written (less the look-back) up to the last complete ones. */
    RollupResult rollUp(Instant until) {
        Duration five = Resolution.FIVE_MINUTES.length();
        Duration hour = Resolution.HOURLY.length();
        Instant lastFive = extreme("max", Resolution.FIVE_MINUTES);
        Instant fiveFrom = lastFive != null ? lastFive.plus(five).minus(LOOKBACK)
                : floorOrNull(extreme("min", Resolution.RAW), five);
        Instant fiveTo = Resolution.floor(until, five);
        long fiveRows = fiveFrom == null ? 0 : run(FROM_RAW, fiveFrom, fiveTo);

        Instant lastHour = extreme("max", Resolution.HOURLY);
        Instant hourFrom = lastHour != null ? lastHour.plus(hour)
                : floorOrNull(extreme("min", Resolution.FIVE_MINUTES), hour);
        if (fiveFrom != null) {
            // Hours holding a recomputed 5-minute bucket are recomputed too.
            Instant touched = Resolution.floor(fiveFrom, hour);
            hourFrom = hourFrom == null || touched.isBefore(hourFrom) ? touched : hourFrom;
        }
        Instant hourTo = Resolution.floor(until, hour);
        long hourRows = hourFrom == null ? 0 : run(FROM_FIVE_MINUTES, hourFrom, hourTo);
        return result(fiveFrom, fiveTo, fiveRows, hourFrom, hourTo, hourRows);
    }

    /** Recomputes every complete bucket in [from, until), for backfills and late readings. */
    RollupResult rollUp(Instant from, Instant until) {
        Duration five = Resolution.FIVE_MINUTES.length();
        Duration hour = Resolution.HOURLY.length();
        Instant fiveFrom = Resolution.floor(from, five);
        Instant fiveTo = Resolution.floor(until, five);
        long fiveRows = run(FROM_RAW, fiveFrom, fiveTo);
        Instant hourFrom = Resolution.floor(from, hour);
        Instant hourTo = Resolution.floor(until, hour);
        long hourRows = run(FROM_FIVE_MINUTES, hourFrom, hourTo);
        return result(fiveFrom, fiveTo, fiveRows, hourFrom, hourTo, hourRows);
    }

    private static RollupResult result(Instant fiveFrom, Instant fiveTo, long fiveRows, Instant hourFrom,
                                       Instant hourTo, long hourRows) {
        boolean anyFive = fiveFrom != null && fiveFrom.isBefore(fiveTo);
        boolean anyHour = hourFrom != null && hourFrom.isBefore(hourTo);
        return new RollupResult(anyFive ? fiveFrom : null, anyFive ? fiveTo : null, fiveRows,
                anyHour ? hourFrom : null, anyHour ? hourTo : null, hourRows);
    }

    private long run(String sql, Instant from, Instant to) {
        long rows = 0;
        for (Instant start = from; start.isBefore(to); start = start.plus(SLICE)) {
            Instant end = start.plus(SLICE).isBefore(to) ? start.plus(SLICE) : to;
            Instant sliceStart = start;
            rows += Jdbc.inTransaction(db, connection -> {
                try (PreparedStatement merge = connection.prepareStatement(sql)) {
                    Jdbc.setInstant(merge, 1, sliceStart);
                    Jdbc.setInstant(merge, 2, end);
                    long written = merge.executeUpdate();
                    if (FROM_FIVE_MINUTES.equals(sql) && written > 0) {
                        // the energy kept per month was computed from the hours just rewritten
                        EnergyMonths.forget(connection, sliceStart, end);
                    }
                    return written;
                }
            });
        }
        return rows;
    }

    /** The earliest or latest time in a table (served by its time index), null when it is empty. */
    private Instant extreme(String function, Resolution resolution) {
        String sql = "select " + function + "(" + resolution.timeColumn() + ") from " + resolution.table();
        return Jdbc.inTransaction(db, connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
                return rs.next() ? Jdbc.getInstant(rs, 1) : null;
            }
        });
    }

    private static Instant floorOrNull(Instant t, Duration length) {
        return t == null ? null : Resolution.floor(t, length);
    }
}
