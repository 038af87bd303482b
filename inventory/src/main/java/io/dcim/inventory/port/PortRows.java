package io.dcim.inventory.port;

import io.dcim.common.persistence.GeneratedIds;
import io.dcim.common.persistence.StatementBatch;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes new ports as plain JDBC batches on the session's own connection (so inside its
 * transaction) instead of persisting each one. A switch has 58 to 66 ports: persisted, they
 * filled the persistence context, and every query of a long import dirty-checked all of them
 * again before running. Ports are not audited, so no history rows are owed for them.
 */
final class PortRows {

    private static final int BATCH = 500;
    private static final String INSERT = "insert into port (id, version, device_id, name, kind, breakout, position,"
            + " rear_port_id, rear_position) values (?, 0, ?, ?, ?, ?, ?, ?, ?)";

    private PortRows() {
    }

    /** Ids from the entity's own generator, so that callers can cable the ports before they are written. */
    static void assignIds(Session session, List<Port> ports) {
        GeneratedIds ids = GeneratedIds.of(session, Port.class);
        for (Port port : ports) {
            port.assignId(ids.next(port));
        }
    }

    /** Inserts ports whose devices are already written; rear ports go first, as fronts point at them. */
    static void insert(Session session, List<Port> ports) {
        List<Port> ordered = new ArrayList<>(ports.size());
        ports.stream().filter(p -> p.getRearPort() == null).forEach(ordered::add);
        ports.stream().filter(p -> p.getRearPort() != null).forEach(ordered::add);
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                StatementBatch batch = new StatementBatch(BATCH, insert);
                for (Port port : ordered) {
                    bind(insert, port);
                    batch.add();
                }
                batch.flush();
            }
        });
    }

    private static void bind(PreparedStatement insert, Port port) throws SQLException {
        insert.setLong(1, port.getId());
        insert.setLong(2, port.getDevice().getId());
        insert.setString(3, port.getName());
        insert.setString(4, port.getKind().name());
        insert.setBoolean(5, port.isBreakout());
        insert.setInt(6, port.getPosition());
        if (port.getRearPort() == null) {
            insert.setNull(7, Types.BIGINT);
            insert.setNull(8, Types.INTEGER);
        } else {
            insert.setLong(7, port.getRearPort().getId());
            insert.setInt(8, port.getRearPosition());
        }
    }
}
