package io.dcim.power.reading;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Series for charts and the newest reading per target for power maps. */
final class ReadingQueries {

    private final Database db;

    ReadingQueries(Database db) {
        this.db = db;
    }

    List<SeriesPoint> series(long targetId, String metric, Instant from, Instant to, Duration step,
                             Resolution source) {
        long stepSeconds = step.getSeconds();
        // The step is a whole number of seconds and goes into the SQL as a literal: parameters in arithmetic
        // make H2 and PostgreSQL guess types differently.
        String bucket = "floor(extract(epoch from " + source.timeColumn() + ") / " + stepSeconds + ")";
        String sql = source == Resolution.RAW
                ? "select b, min(v), avg(v), max(v), count(*) from (select " + bucket + " as b, measured_value as v"
                        + " from reading_raw where target_id = ? and metric = ? and at >= ? and at < ?) g"
                        + " group by b order by b"
                : "select b, min(mn), sum(av * n) / sum(n), max(mx), sum(n) from (select " + bucket + " as b,"
                        + " min_value as mn, avg_value as av, max_value as mx, sample_count as n from "
                        + source.table() + " where target_id = ? and metric = ? and bucket_start >= ?"
                        + " and bucket_start < ?) g group by b order by b";
        return Jdbc.inTransaction(db, connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setLong(1, targetId);
                query.setString(2, metric);
                Jdbc.setInstant(query, 3, from);
                Jdbc.setInstant(query, 4, to);
                List<SeriesPoint> points = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        points.add(new SeriesPoint(Instant.ofEpochSecond(rs.getLong(1) * stepSeconds),
                                rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5)));
                    }
                }
                return points;
            }
        });
    }

    List<BucketTotal> bucketTotals(Collection<Long> targetIds, String metric, Instant from, Instant to,
                                   Resolution source) {
        if (targetIds.isEmpty()) {
            return List.of();
        }
        // PostgreSQL: = any(array) is an index condition. H2: the unnested ids joined as the outer side, one
        // primary-key range per target; written as "in (select ... unnest ...)" H2 re-ran the subquery for every
        // row of the time range (minutes for a site's day once the demo's history is in).
        String rows = db.kind() == DatabaseKind.POSTGRESQL ? source.table() + " r where r.target_id = any(?) and"
                : "unnest(cast(? as bigint array)) as t(id) join " + source.table() + " r on r.target_id = t.id where";
        String sql = "select r.bucket_start, sum(r.avg_value), count(*) from " + rows
                + " r.metric = ? and r.bucket_start >= ? and r.bucket_start < ? group by r.bucket_start"
                + " order by r.bucket_start";
        return Jdbc.inTransaction(db, connection -> {
            List<BucketTotal> totals = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                Array array = connection.createArrayOf(db.kind() == DatabaseKind.POSTGRESQL ? "bigint" : "BIGINT",
                        targetIds.toArray(Long[]::new));
                query.setArray(1, array);
                query.setString(2, metric);
                Jdbc.setInstant(query, 3, from);
                Jdbc.setInstant(query, 4, to);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        totals.add(new BucketTotal(Jdbc.getInstant(rs, 1), rs.getDouble(2), rs.getInt(3)));
                    }
                }
                array.free();
            }
            return totals;
        });
    }

    Map<Long, LatestReading> latest(Collection<Long> targetIds, String metric, Instant notBefore) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        return Jdbc.inTransaction(db, connection -> db.kind() == DatabaseKind.POSTGRESQL
                ? latestLateral(connection, targetIds, metric, notBefore)
                : latestCorrelated(connection, targetIds, metric, notBefore));
    }

    /**
     * PostgreSQL: for each target, one backward step on the (target, metric, at) index. A few milliseconds for
     * thousands of targets, however much history there is.
     */
    private static Map<Long, LatestReading> latestLateral(Connection connection, Collection<Long> targetIds,
                                                          String metric, Instant notBefore) throws SQLException {
        String sql = "select t.id, x.at, x.measured_value from unnest(?) as t(id) cross join lateral"
                + " (select r.at, r.measured_value from reading_raw r where r.target_id = t.id and r.metric = ?"
                + " and r.at >= ? order by r.at desc limit 1) x";
        Map<Long, LatestReading> latest = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            Array ids = connection.createArrayOf("bigint", targetIds.toArray(Long[]::new));
            query.setArray(1, ids);
            query.setString(2, metric);
            Jdbc.setInstant(query, 3, notBefore);
            collect(query, latest);
            ids.free();
        }
        return latest;
    }

    /**
     * H2 has no LATERAL and does not walk an index backwards, so it finds each target's newest time within the
     * window, then the value at that time. Written as correlated subqueries over the unnested ids, which leave
     * H2 no join order to get wrong (it keeps the plan it made for the first call, on however empty a table).
     */
    private static Map<Long, LatestReading> latestCorrelated(Connection connection, Collection<Long> targetIds,
                                                             String metric, Instant notBefore) throws SQLException {
        String sql = "select id, last_at, (select r.measured_value from reading_raw r where r.target_id = l.id"
                + " and r.metric = ? and r.at = l.last_at fetch first 1 row only) from (select t.id, (select max(x.at)"
                + " from reading_raw x where x.target_id = t.id and x.metric = ? and x.at >= ?) as last_at"
                + " from unnest(cast(? as bigint array)) as t(id)) l where last_at is not null";
        Map<Long, LatestReading> latest = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            Array ids = connection.createArrayOf("BIGINT", targetIds.toArray(Long[]::new));
            query.setString(1, metric);
            query.setString(2, metric);
            Jdbc.setInstant(query, 3, notBefore);
            query.setArray(4, ids);
            collect(query, latest);
            ids.free();
        }
        return latest;
    }

    /**
     * The newest reading of each of one target's metrics whose key starts with the prefix (the rows of a per-row
     * metric, say {@code gpu.power.w[}), at or after {@code notBefore}, by metric key. One range of the
     * (target, metric, at) index, on both databases.
     */
    Map<String, LatestReading> latestOfTarget(long targetId, String metricPrefix, Instant notBefore) {
        String sql = "select r.metric, r.at, r.measured_value from reading_raw r join (select x.metric, max(x.at) as"
                + " last_at from reading_raw x where x.target_id = ? and x.metric like ? escape '!' and x.at >= ?"
                + " group by x.metric) l on r.metric = l.metric and r.at = l.last_at where r.target_id = ?";
        String like = metricPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return Jdbc.inTransaction(db, connection -> {
            Map<String, LatestReading> latest = new java.util.TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setLong(1, targetId);
                query.setString(2, like);
                Jdbc.setInstant(query, 3, notBefore);
                query.setLong(4, targetId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        latest.putIfAbsent(rs.getString(1), new LatestReading(targetId, Jdbc.getInstant(rs, 2),
                                rs.getDouble(3)));
                    }
                }
            }
            return latest;
        });
    }

    /** Two readings at the very same instant are one too many; either will do. */
    private static void collect(PreparedStatement query, Map<Long, LatestReading> into) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                into.putIfAbsent(id, new LatestReading(id, Jdbc.getInstant(rs, 2), rs.getDouble(3)));
            }
        }
    }
}
