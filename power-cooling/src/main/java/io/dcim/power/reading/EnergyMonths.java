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
 * quarter of an hour) has written their last hour; of the running month, its part up to the last midnight (UTC)
 * that long ago, so a report of this year computes a day of hourly buckets, not a month. Rows are keyed by the period's instants, so a site whose zone
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
        Instant settled = now.minus(SETTLED);
        // The month still running: its whole UTC days up to the last settled midnight are kept as a period of
        // their own (replaced by the next day's), so only the last day or so is computed at each request.
        Instant midnight = Resolution.floor(settled, Duration.ofDays(1));
        Map<Instant, Instant> keepable = new HashMap<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            Instant to = bounds.get(i + 1);
            Instant keptTo = !to.isAfter(settled) ? to : midnight.isAfter(bounds.get(i)) ? midnight : null;
            if (keptTo != null) {
                keepable.put(bounds.get(i), keptTo);
            }
        }
        Pieces pieces = new Pieces(targetIds, powerMetric, counterMetric,
                keepable.isEmpty() ? Map.of() : kept(targetIds, powerMetric, counterMetric, keepable));
        for (int i = 0; i + 1 < bounds.size(); i++) {
            Instant from = bounds.get(i);
            Instant to = bounds.get(i + 1);
            Instant keptTo = keepable.get(from);
            if (keptTo == null) {
                out.add(totals.byTarget(targetIds, powerMetric, counterMetric, from, to));
            } else if (keptTo.equals(to)) {
                out.add(pieces.kept(from, to));
            } else {
                out.add(added(pieces.kept(from, keptTo),
                        totals.byTarget(targetIds, powerMetric, counterMetric, keptTo, to)));
            }
        }
        return out;
    }

    /** The kept periods of one request, each read back, or computed and kept when it is not there yet. */
    private final class Pieces {
        private final Collection<Long> targetIds;
        private final String power;
        private final String counter;
        private final Map<Instant, Map<Long, TargetEnergy>> found;

        Pieces(Collection<Long> targetIds, String power, String counter, Map<Instant, Map<Long, TargetEnergy>> found) {
            this.targetIds = targetIds;
            this.power = power;
            this.counter = counter;
            this.found = found;
        }

        Map<Long, TargetEnergy> kept(Instant from, Instant to) {
            Map<Long, TargetEnergy> rows = found.get(from);
            if (rows != null && rows.keySet().containsAll(targetIds)) {
                return measured(rows);
            }
            Map<Long, TargetEnergy> computed = totals.byTarget(targetIds, power, counter, from, to);
            keep(targetIds, power, counter, from, to, computed);
            return computed;
        }
    }

    /** Energy is additive over consecutive hours (each hour reads the one before it, whichever piece it is in). */
    private static Map<Long, TargetEnergy> added(Map<Long, TargetEnergy> a, Map<Long, TargetEnergy> b) {
        Map<Long, TargetEnergy> out = new HashMap<>(a);
        b.forEach((id, e) -> out.merge(id, e, (x, y) -> new TargetEnergy(id, x.wh() + y.wh(),
                x.counterHours() + y.counterHours(), x.powerHours() + y.powerHours())));
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
        forgetTenants(connection, from, to.plus(Duration.ofHours(1)));
    }

    /**
     * Drops the tenants' energy kept for the periods overlapping [from, to) ({@code energy_tenant_month}, the
     * energy package's): it was attributed from the energy being rewritten.
     */
    static void forgetTenants(Connection connection, Instant from, Instant to) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from energy_tenant_month where period_end > ? and period_start < ?")) {
            Jdbc.setInstant(delete, 1, from);
            Jdbc.setInstant(delete, 2, to);
            delete.executeUpdate();
        }
    }

    /** Kept rows of the periods (start to end) by start, those whose end matches the asked period's only. */
    private Map<Instant, Map<Long, TargetEnergy>> kept(Collection<Long> targetIds, String power, String counterMetric,
                                                      Map<Instant, Instant> ends) {
        String counter = counterMetric == null ? "" : counterMetric;
        String rows = db.kind() == DatabaseKind.POSTGRESQL ? "energy_month e where e.target_id = any(?) and"
                : "unnest(cast(? as bigint array)) as t(id) join energy_month e on e.target_id = t.id where";
        String sql = "select e.target_id, e.period_start, e.period_end, e.wh, e.counter_hours, e.power_hours from "
                + rows + " e.power_metric = ? and e.counter_metric = ? and e.period_start >= ? and e.period_start < ?";
        return Jdbc.inTransaction(db, connection -> {
            Map<Instant, Map<Long, TargetEnergy>> out = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                Array ids = Jdbc.ids(connection, db.kind(), targetIds);
                query.setArray(1, ids);
                query.setString(2, power);
                query.setString(3, counter);
                Jdbc.setInstant(query, 4, ends.keySet().stream().min(Instant::compareTo).orElseThrow());
                Jdbc.setInstant(query, 5, ends.values().stream().max(Instant::compareTo).orElseThrow());
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
    private void keep(Collection<Long> targetIds, String power, String counterMetric, Instant from, Instant to,
                      Map<Long, TargetEnergy> computed) {
        String counter = counterMetric == null ? "" : counterMetric;
        try {
            Jdbc.inTransaction(db, connection -> {
                write(connection, targetIds, power, counter, from, to, computed);
                return null;
            });
        } catch (RuntimeException e) {
            log.debug("Energy of {} to {} not kept; computed again next time", from, to, e);
        }
    }

    /**
     * Replaces the targets' rows of one period, and of any other period starting with it (the running month's
     * shorter prefix kept yesterday); targets missing from {@code energy} get a zero row.
     */
    static void write(Connection connection, Collection<Long> targetIds, String power, String counter, Instant from,
                      Instant to, Map<Long, TargetEnergy> energy) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from energy_month where target_id = ?"
                + " and power_metric = ? and counter_metric = ? and period_start = ?");
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
                }
                Jdbc.setInstant(insert, 5, to);
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
