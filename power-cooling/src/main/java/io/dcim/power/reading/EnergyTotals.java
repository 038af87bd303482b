package io.dcim.power.reading;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Energy per target over a period, from the hourly roll-ups, in one statement for any number of targets.
 *
 * <p>Hour by hour: where the target's energy counter has a bucket, the hour's energy is what the counter gained
 * since the previous hour's last value (its bucket maximum: a counter only grows), or, when the previous hour has
 * no counter bucket, what it gained within the hour; a counter that went down was reset (a PDU rebooted, someone
 * cleared it) and its value since the reset is the hour's energy. An hour without a counter bucket takes the
 * power metric's hourly mean, which is that hour's energy in Wh (mean watts for one hour). So a PDU that meters
 * energy is counted by its meter, one that does not by its integrated power, and one whose counter stopped for a
 * while by its power for those hours.
 *
 * <p>The previous hour is read too (one hour before {@code from}), so the first hour of a month is counted from
 * the previous month's last value and no energy falls between two months.
 */
final class EnergyTotals {

    /** Metric names go into the SQL as literals (parameters inside CASE make H2 and PostgreSQL type them apart). */
    private static final Pattern METRIC = Pattern.compile("[a-z0-9._\\[\\]]+");

    private final Database db;

    EnergyTotals(Database db) {
        this.db = db;
    }

    Map<Long, TargetEnergy> byTarget(Collection<Long> targetIds, String powerMetric, String counterMetric,
                                     Instant from, Instant to) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        boolean counted = counterMetric != null;
        String sql = sql(db.kind(), literal(powerMetric), counted ? literal(counterMetric) : null);
        return Jdbc.inTransaction(db, connection -> {
            Map<Long, TargetEnergy> out = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                Array ids = Jdbc.ids(connection, db.kind(), targetIds);
                int p = 1;
                for (int branch = 0; branch < (counted ? 2 : 1); branch++) {
                    query.setArray(p++, ids);
                    Jdbc.setInstant(query, p++, from.minus(Duration.ofHours(1)));
                    Jdbc.setInstant(query, p++, to);
                }
                Jdbc.setInstant(query, p, from);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        out.put(id, new TargetEnergy(id, rs.getDouble(2), rs.getInt(3), rs.getInt(4)));
                    }
                }
                ids.free();
            }
            return out;
        });
    }

    /**
     * Each metric is its own branch with the metric fixed, so both databases read exactly the (target, metric,
     * time) ranges of the key: with the two metrics in one IN list, H2 used the key for the target alone and read
     * every metric of every hour the target ever had (13 s for a month of 50 PDUs among 67,000 hourly rows).
     */
    static String sql(DatabaseKind kind, String power, String counter) {
        String rows = kind == DatabaseKind.POSTGRESQL ? "reading_1h r where r.target_id = any(?) and"
                : "unnest(cast(? as bigint array)) as t(id) join reading_1h r on r.target_id = t.id where";
        String range = " and r.bucket_start >= ? and r.bucket_start < ?";
        String buckets = "select r.target_id as target_id, r.bucket_start as bucket_start,"
                + " cast(null as double precision) as emax, cast(null as double precision) as emin,"
                + " r.avg_value as pw from " + rows + " r.metric = " + power + range;
        if (counter != null) {
            buckets += " union all select r.target_id, r.bucket_start, r.max_value, r.min_value,"
                    + " cast(null as double precision) from " + rows + " r.metric = " + counter + range;
        }
        String hours = "select target_id, bucket_start, max(emax) as emax, min(emin) as emin, max(pw) as pw from ("
                + buckets + ") u group by target_id, bucket_start";
        // the previous bucket's start compared as a timestamp: an hour number from extract(epoch) is a DECFLOAT on
        // H2, and that arithmetic was most of the query's CPU
        String w = " over (partition by target_id order by bucket_start)";
        String withPrevious = "select target_id, bucket_start, emax, emin, pw, lag(bucket_start)" + w + " as pb,"
                + " lag(emax)" + w + " as pmax from (" + hours + ") b";
        String follows = " and pb = bucket_start - interval '1' hour";
        return "select target_id, sum(case when emax is null then coalesce(pw, 0)"
                + " when pmax is not null" + follows + " and emax >= pmax then emax - pmax"
                + " when pmax is not null" + follows + " then emax"
                + " else emax - emin end),"
                + " sum(case when emax is null then 0 else 1 end), sum(case when emax is null and pw is not null"
                + " then 1 else 0 end)"
                + " from (" + withPrevious + ") x where bucket_start >= ? group by target_id";
    }

    static String literal(String metric) {
        return "'" + checked(metric) + "'";
    }

    /** The metric name when it is one (they go into SQL text); refused otherwise. */
    static String checked(String metric) {
        if (metric == null || !METRIC.matcher(metric).matches()) {
            throw new IllegalArgumentException("not a metric name: " + metric);
        }
        return metric;
    }
}
