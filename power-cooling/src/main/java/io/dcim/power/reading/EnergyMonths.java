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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Energy per target over consecutive periods (the months of a report), kept in {@code energy_month} once a period
 * is over: a year's report of a full site (8,000 PDUs, 24 months with the year before) reads 192,000 of these rows
 * instead of recomputing some 140 million hourly buckets.
 *
 * <p>A kept period is exactly what {@link EnergyTotals} computes from the hourly roll-ups, so it must go when one of
 * the hours it read is rewritten: {@link #forget} runs in the transaction of every hourly roll-up. Periods are kept
 * only once they ended {@link #SETTLED} ago, when the scheduled roll-up (every few minutes, re-reading its last
 * quarter of an hour) has written their last hour. Rows are keyed by the period's instants, so a site whose zone
 * changes simply finds none and recomputes. A target without any hour in a kept period is kept as a zero row, so
 * that its absence is known too.
 */
final class EnergyMonths {

    private static final Logger log = LoggerFactory.getLogger(EnergyMonths.class);
    /** How long after its end a period's figures are kept: the hourly roll-up has run over its last hour by then. */
    static final Duration SETTLED = Duration.ofHours(2);

    private final Database db;
    private final EnergyTotals totals;

    EnergyMonths(Database db, EnergyTotals totals) {
        this.db = db;
        this.totals = totals;
    }

    /** For each period [bounds[i], bounds[i + 1]), each target's energy; targets without a bucket are absent. */
    List<Map<Long, TargetEnergy>> byPeriod(Collection<Long> targetIds, String powerMetric, String counterMetric,
                                           List<Instant> bounds, Instant now) {
        List<Map<Long, TargetEnergy>> out = new ArrayList<>();
        if (targetIds.isEmpty()) {
            bounds.subList(1, bounds.size()).forEach(b -> out.add(Map.of()));
            return out;
        }
        String counter = counterMetric == null ? "" : counterMetric;
        Instant settled = now.minus(SETTLED);
        Map<Instant, Map<Long, TargetEnergy>> kept = kept(targetIds, powerMetric, counter, bounds);
        for (int i = 0; i + 1 < bounds.size(); i++) {
            Instant from = bounds.get(i);
            Instant to = bounds.get(i + 1);
            Map<Long, TargetEnergy> found = kept.get(from);
            boolean keepable = !to.isAfter(settled);
            if (keepable && found != null && found.keySet().containsAll(targetIds)) {
                out.add(measured(found));
                continue;
            }
            Map<Long, TargetEnergy> computed = totals.byTarget(targetIds, powerMetric, counterMetric, from, to);
            if (keepable) {
                keep(targetIds, powerMetric, counter, from, to, computed);
            }
            out.add(computed);
        }
        return out;
    }

    /**
     * Drops the kept periods that read an hourly bucket of [from, to): a period reads its own hours and the one
     * before it, so this is every period ending after {@code from} and starting before {@code to} plus an hour.
     */
    static void forget(Connection connection, Instant from, Instant to) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from energy_month where period_end > ? and period_start < ?")) {
            Jdbc.setInstant(delete, 1, from);
            Jdbc.setInstant(delete, 2, to.plus(Duration.ofHours(1)));
            delete.executeUpdate();
        }
    }

    /** Kept rows of the periods by start, those whose end matches the asked period's only. */
    private Map<Instant, Map<Long, TargetEnergy>> kept(Collection<Long> targetIds, String power, String counter,
                                                      List<Instant> bounds) {
        String rows = db.kind() == DatabaseKind.POSTGRESQL ? "energy_month e where e.target_id = any(?) and"
                : "unnest(cast(? as bigint array)) as t(id) join energy_month e on e.target_id = t.id where";
        String sql = "select e.target_id, e.period_start, e.period_end, e.wh, e.counter_hours, e.power_hours from "
                + rows + " e.power_metric = ? and e.counter_metric = ? and e.period_start >= ? and e.period_start < ?";
        Map<Instant, Instant> ends = new HashMap<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            ends.put(bounds.get(i), bounds.get(i + 1));
        }
        return Jdbc.inTransaction(db, connection -> {
            Map<Instant, Map<Long, TargetEnergy>> out = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                Array ids = Jdbc.ids(connection, db.kind(), targetIds);
                query.setArray(1, ids);
                query.setString(2, power);
                query.setString(3, counter);
                Jdbc.setInstant(query, 4, bounds.get(0));
                Jdbc.setInstant(query, 5, bounds.get(bounds.size() - 1));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Instant start = Jdbc.getInstant(rs, 2);
                        if (Jdbc.getInstant(rs, 3).equals(ends.get(start))) {
                            long id = rs.getLong(1);
                            out.computeIfAbsent(start, k -> new HashMap<>())
                                    .put(id, new TargetEnergy(id, rs.getDouble(4), rs.getInt(5), rs.getInt(6)));
                        }
                    }
                }
                ids.free();
            }
            return out;
        });
    }

    /**
     * Best effort: a failure (two requests keeping the same month at once) costs a recomputation next time, not
     * the answer, so it is logged and the computed figures are returned all the same.
     */
    private void keep(Collection<Long> targetIds, String power, String counter, Instant from, Instant to,
                      Map<Long, TargetEnergy> computed) {
        try {
            Jdbc.inTransaction(db, connection -> {
                write(connection, targetIds, power, counter, from, to, computed);
                return null;
            });
        } catch (RuntimeException e) {
            log.debug("Energy of {} to {} not kept; computed again next time", from, to, e);
        }
    }

    /** Replaces the targets' rows of one period; targets missing from {@code energy} get a zero row. */
    static void write(Connection connection, Collection<Long> targetIds, String power, String counter, Instant from,
                      Instant to, Map<Long, TargetEnergy> energy) throws SQLException {
        String key = " where target_id = ? and power_metric = ? and counter_metric = ? and period_start = ?"
                + " and period_end = ?";
        try (PreparedStatement delete = connection.prepareStatement("delete from energy_month" + key);
             PreparedStatement insert = connection.prepareStatement("insert into energy_month (target_id,"
                     + " power_metric, counter_metric, period_start, period_end, wh, counter_hours, power_hours)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long id : targetIds) {
                TargetEnergy e = energy.getOrDefault(id, new TargetEnergy(id, 0, 0, 0));
                for (PreparedStatement p : List.of(delete, insert)) {
                    p.setLong(1, id);
                    p.setString(2, power);
                    p.setString(3, counter);
                    Jdbc.setInstant(p, 4, from);
                    Jdbc.setInstant(p, 5, to);
                }
                delete.addBatch();
                insert.setDouble(6, e.wh());
                insert.setInt(7, e.counterHours());
                insert.setInt(8, e.powerHours());
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    /** Zero rows stand for targets without a bucket, which the callers expect absent. */
    private static Map<Long, TargetEnergy> measured(Map<Long, TargetEnergy> kept) {
        Map<Long, TargetEnergy> out = new HashMap<>();
        kept.forEach((id, e) -> {
            if (e.counterHours() + e.powerHours() > 0) {
                out.put(id, e);
            }
        });
        return out;
    }
}
