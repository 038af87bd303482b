package io.dcim.power.polling;

import static io.dcim.common.persistence.Sql.update;
import static io.dcim.common.persistence.Sql.utc;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import io.dcim.power.collect.BackoffState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Target leases in the database ({@code poll_lease}, {@code poll_node}): each enabled target is polled by the
 * one live node holding its lease. At every sweep a node writes its heartbeat, renews what it holds, and then
 * either claims free or expired leases up to its fair share, ceil(enabled targets / live nodes), or gives back
 * what it holds beyond that share (a node that joins gets its share once the others have given theirs back).
 * A node that stops without a word keeps its leases only until they expire: then its heartbeat is stale too,
 * the share of each survivor grows, and their next sweeps claim the expired leases.
 *
 * <p>The claim is one set-based update whose own condition says "free or expired", so two nodes claiming at
 * once never both get a target: on PostgreSQL the candidates are picked {@code for update skip locked} (each
 * node skips the rows another is claiming and takes others), and the update re-checks its condition on a row
 * another transaction changed meanwhile. Times are the nodes' clocks, which must agree to within a small part
 * of a lease (NTP).
 */
public final class PollLeases implements TargetLeases {

    private static final Logger log = LoggerFactory.getLogger(PollLeases.class);
    /** Nodes silent this long are deleted from {@code poll_node}: the list people read stays short. */
    private static final Duration FORGET_NODES_AFTER = Duration.ofDays(1);

    /**
     * The targets the central nodes poll: a target a remote collector serves (chosen for it, or of a site a
     * collector serves whole) is neither leased nor renewed here; a lease it had expires.
     */
    static final String POLLED_CENTRALLY = "t.collector_id is null and not exists (select 1 from remote_collector rc"
            + " where rc.site_id = t.site_id and rc.whole_site = true)";

    private final Database db;
    private final String nodeId;
    private final Duration length;
    private final Instant startedAt;
    /** The enabled targets known to have a lease row: while no other is enabled, a sweep adds no rows. */
    private volatile Set<Long> withLeaseRows = Set.of();

    /**
     * @param length how long a lease lasts unless renewed, and how long a silent node counts as live: two sweep
     *               periods, so a node's leases survive one late sweep and are taken over within two periods
     */
    public PollLeases(Database db, String nodeId, Duration length, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
        this.length = Objects.requireNonNull(length, "length");
        this.startedAt = clock.instant();
    }

    public String nodeId() {
        return nodeId;
    }

    @Override
    public Map<Long, Lease> renew(Instant now, Collection<Long> enabled) {
        boolean newlyEnabled = !withLeaseRows.containsAll(enabled);
        if (newlyEnabled) {
            addMissingLeases(now);
        }
        Map<Long, Lease> leases = inTransaction(c -> {
            heartbeat(c, now);
            int live = liveNodes(c, now);
            // A disabled target's lease is left to expire: it counts towards no share.
            int held = update(c, "update poll_lease set lease_until = ? where node_id = ? and target_id in"
                    + " (select t.id from snmp_target t where t.enabled = true and " + POLLED_CENTRALLY + ")", utc(now.plus(length)), nodeId);
            // A target handed to a remote collector is let go at once: the collector polls it now.
            update(c, "update poll_lease set node_id = null where node_id = ? and target_id in"
                    + " (select t.id from snmp_target t where not (" + POLLED_CENTRALLY + "))", nodeId);
            int share = (enabled.size() + live - 1) / Math.max(1, live);
            if (held > share) {
                giveBack(c, now, held - share);
            } else if (held < share) {
                claim(c, now, share - held);
            }
            return held(c);
        });
        if (newlyEnabled) {
            withLeaseRows = Set.copyOf(enabled);
        }
        return leases;
    }

    @Override
    public void record(List<Polled> polled) {
        if (polled.isEmpty()) {
            return;
        }
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("update poll_lease set polled_at = ?, failures = ?,"
                    + " resting_until = ? where target_id = ? and node_id = ?")) {
                for (Polled p : polled) {
                    ps.setObject(1, utc(p.polledAt()));
                    ps.setInt(2, p.backoff().failures());
                    ps.setObject(3, utc(p.backoff().restingUntil()));
                    ps.setLong(4, p.targetId());
                    ps.setString(5, nodeId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void release() {
        inTransaction(c -> {
            update(c, "update poll_lease set node_id = null where node_id = ?", nodeId);
            update(c, "delete from poll_node where node_id = ?", nodeId);
            return null;
        });
    }

    /** The nodes heard from within a lease's length, oldest first: the ones the targets are shared among. */
    public List<Node> liveNodes(Instant now) {
        return inTransaction(c -> {
            List<Node> nodes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select n.node_id, n.host, n.started_at, n.heartbeat_at,"
                    + " (select count(*) from poll_lease l where l.node_id = n.node_id and l.lease_until >= ?)"
                    + " from poll_node n where n.heartbeat_at >= ? order by n.started_at, n.node_id")) {
                ps.setObject(1, utc(now));
                ps.setObject(2, utc(now.minus(length)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        nodes.add(new Node(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4), rs.getInt(5)));
                    }
                }
            }
            return nodes;
        });
    }

    /** A live node and how many targets it holds. */
    public record Node(String nodeId, String host, Instant startedAt, Instant heartbeatAt, int leases) {
    }

    /**
     * A row for every enabled target that has none yet, free to claim: at a node's first sweep and whenever a
     * sweep meets a target enabled since (the scan of every target is not repeated at each sweep). Two nodes
     * adding the same new target at once collide on its key: the loser's rows come from the winner, so its
     * failure is only logged.
     */
    private void addMissingLeases(Instant now) {
        try {
            inTransaction(c -> update(c, "insert into poll_lease (target_id, node_id, lease_until, failures)"
                    + " select t.id, null, ?, 0 from snmp_target t where t.enabled = true and " + POLLED_CENTRALLY
                    + " and not exists (select 1 from poll_lease l where l.target_id = t.id)", utc(now)));
        } catch (RuntimeException e) {
            log.debug("Another node added the new targets' leases first: {}", e.getMessage());
        }
    }

    private void heartbeat(Connection c, Instant now) throws SQLException {
        if (update(c, "update poll_node set heartbeat_at = ? where node_id = ?", utc(now), nodeId) == 0) {
            update(c, "insert into poll_node (node_id, host, started_at, heartbeat_at) values (?, ?, ?, ?)",
                    nodeId, NodeId.host(), utc(startedAt), utc(now));
        }
        update(c, "delete from poll_node where heartbeat_at < ?", utc(now.minus(FORGET_NODES_AFTER)));
    }

    private int liveNodes(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from poll_node where heartbeat_at >= ?")) {
            ps.setObject(1, utc(now.minus(length)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Free or expired leases of enabled targets, lowest ids first, up to {@code count}: one statement. */
    private void claim(Connection c, Instant now, int count) throws SQLException {
        boolean postgres = db.kind() == DatabaseKind.POSTGRESQL;
        update(c, "update poll_lease set node_id = ?, lease_until = ? where target_id in ("
                + "select l.target_id from poll_lease l join snmp_target t on t.id = l.target_id"
                + " where t.enabled = true and " + POLLED_CENTRALLY + " and (l.node_id is null or l.lease_until < ?)"
                + " order by l.target_id fetch first " + count + " rows only"
                + (postgres ? " for update of l skip locked" : "")
                + ") and (node_id is null or lease_until < ?)", nodeId, utc(now.plus(length)), utc(now), utc(now));
    }

    /** The highest-numbered of this node's leases beyond its share, free at once for a node short of its own. */
    private void giveBack(Connection c, Instant now, int count) throws SQLException {
        update(c, "update poll_lease set node_id = null, lease_until = ? where target_id in ("
                + "select target_id from poll_lease where node_id = ? order by target_id desc fetch first "
                + count + " rows only)", utc(now), nodeId);
    }

    private Map<Long, Lease> held(Connection c) throws SQLException {
        Map<Long, Lease> held = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select target_id, polled_at, failures, resting_until from poll_lease where node_id = ?")) {
            ps.setString(1, nodeId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.put(rs.getLong(1), new Lease(instant(rs, 2), new BackoffState(rs.getInt(3), instant(rs, 4))));
                }
            }
        }
        return held;
    }


    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private <T> T inTransaction(org.hibernate.jdbc.ReturningWork<T> work) {
        return db.inTransaction(session -> session.doReturningWork(work));
    }
}
