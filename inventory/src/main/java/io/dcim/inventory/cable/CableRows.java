package io.dcim.inventory.cable;

import io.dcim.common.audit.Revision;
import io.dcim.common.persistence.GeneratedIds;
import io.dcim.common.persistence.StatementBatch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.IntConsumer;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;

/**
 * Writes checked new cables, their ends and the history rows Envers would write for them (one
 * ADD row per cable and per end in the transaction's revision), as plain JDBC batches on the
 * session's connection. Persisted one by one, 100,000 cables were 300,000 entities and, at
 * commit, 300,000 more history entities flushed through the session: most of a minute.
 * Bypassing the session skips its control-character guard, but label and colour have passed
 * {@code Fields}, which applies the same rule, and the rest are enums, numbers and ids.
 */
final class CableRows {

    private static final int BATCH = 1_000;
    private static final String CABLE = "insert into cable (id, version, site_id, label, label_key, cable_type, lanes,"
            + " length_m, colour, status, created_at, updated_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CABLE_AUD = "insert into cable_aud (id, rev, revtype, site_id, label, label_key,"
            + " cable_type, lanes, length_m, colour, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String END = "insert into cable_end (id, version, cable_id, port_id, side, lane)"
            + " values (?, 0, ?, ?, ?, ?)";
    private static final String END_AUD = "insert into cable_end_aud (id, rev, revtype, cable_id, port_id, side, lane)"
            + " values (?, ?, ?, ?, ?, ?, ?)";

    /** A checked cable and the ports its A end and B end(s) go into. */
    record Planned(Cable cable, long siteId, long aPortId, List<Long> bPortIds) {
    }

    private record End(long id, long cableId, long portId, String side, int lane) {
    }

    private CableRows() {
    }

    /**
     * Writes the cables (ids assigned to the given objects) within the session's transaction, telling
     * {@code written} how many cables are written after each batch.
     */
    static void insert(Session session, List<Planned> planned, IntConsumer written) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        GeneratedIds cableIds = GeneratedIds.of(session, Cable.class);
        GeneratedIds endIds = GeneratedIds.of(session, CableEnd.class);
        List<End> ends = new java.util.ArrayList<>(planned.size() * 2);
        for (Planned p : planned) {
            p.cable().written(cableIds.next(p.cable()), now);
            long cableId = p.cable().getId();
            ends.add(new End(endIds.next(p), cableId, p.aPortId(), "A", 1));
            for (int lane = 0; lane < p.bPortIds().size(); lane++) {
                ends.add(new End(endIds.next(p), cableId, p.bPortIds().get(lane), "B", lane + 1));
            }
        }
        // The transaction's revision, persisted (with its actor) if this is its first change;
        // Envers itself uses the same one for whatever else the transaction changes.
        long revision = AuditReaderFactory.get(session).getCurrentRevision(Revision.class, true).getId();
        session.flush();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        session.doWork(connection -> {
            writeCables(connection, planned, at, revision);
            writeEnds(connection, ends, revision, planned.size(), written);
        });
    }

    private static void writeCables(Connection connection, List<Planned> planned, OffsetDateTime at, long revision)
            throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement(CABLE);
                PreparedStatement history = connection.prepareStatement(CABLE_AUD)) {
            StatementBatch batch = new StatementBatch(BATCH, rows, history);
            for (Planned p : planned) {
                Cable c = p.cable();
                rows.setLong(1, c.getId());
                rows.setLong(2, p.siteId());
                int next = bindCable(rows, 3, c);
                rows.setObject(next, at);
                rows.setObject(next + 1, at);
                history.setLong(1, c.getId());
                history.setLong(2, revision);
                history.setShort(3, RevisionType.ADD.getRepresentation());
                history.setLong(4, p.siteId());
                bindCable(history, 5, c);
                batch.add();
            }
            batch.flush();
        }
    }

    /** label, label_key, cable_type, lanes, length_m, colour, status from {@code first}; returns the next index. */
    private static int bindCable(PreparedStatement s, int first, Cable c) throws SQLException {
        s.setString(first, c.getLabel());
        s.setString(first + 1, c.getLabelKey());
        s.setString(first + 2, c.getType().name());
        s.setInt(first + 3, c.getLanes());
        if (c.getLengthM() == null) {
            s.setNull(first + 4, Types.NUMERIC);
        } else {
            s.setBigDecimal(first + 4, c.getLengthM());
        }
        if (c.getColour() == null) {
            s.setNull(first + 5, Types.VARCHAR);
        } else {
            s.setString(first + 5, c.getColour());
        }
        s.setString(first + 6, c.getStatus().name());
        return first + 7;
    }

    /** The ends last: a cable counts as written once its ends are, so {@code written} counts cables by their ends. */
    private static void writeEnds(Connection connection, List<End> ends, long revision, int cables, IntConsumer written)
            throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement(END);
                PreparedStatement history = connection.prepareStatement(END_AUD)) {
            StatementBatch batch = new StatementBatch(BATCH, rows, history);
            int done = 0;
            for (End e : ends) {
                rows.setLong(1, e.id());
                rows.setLong(2, e.cableId());
                rows.setLong(3, e.portId());
                rows.setString(4, e.side());
                rows.setInt(5, e.lane());
                history.setLong(1, e.id());
                history.setLong(2, revision);
                history.setShort(3, RevisionType.ADD.getRepresentation());
                history.setLong(4, e.cableId());
                history.setLong(5, e.portId());
                history.setString(6, e.side());
                history.setInt(7, e.lane());
                done++;
                if (batch.add()) {
                    written.accept((int) ((long) cables * done / ends.size()));
                }
            }
            batch.flush();
            written.accept(cables);
        }
    }
}
