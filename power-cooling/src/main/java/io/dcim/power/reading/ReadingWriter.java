package io.dcim.power.reading;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Appends raw readings on one connection: PostgreSQL's COPY protocol when the connection is PostgreSQL's
 * (one streamed command instead of a statement per thousand rows, several times faster), batched inserts
 * otherwise.
 */
final class ReadingWriter {

    static final int BATCH_SIZE = 1_000;
    private static final String INSERT =
            "insert into reading_raw (target_id, metric, at, measured_value) values (?, ?, ?, ?)";
    /** Typed, as PostgreSQL cannot tell a bare parameter's type in a select list. */
    private static final String INSERT_MISSING = "insert into reading_raw (target_id, metric, at, measured_value)"
            + " select cast(? as bigint), cast(? as varchar(120)), cast(? as timestamp(6) with time zone),"
            + " cast(? as double precision) where not exists (select 1 from reading_raw where target_id = ?"
            + " and metric = ? and at = ?)";
    private static final String COPY = "copy reading_raw (target_id, metric, at, measured_value) from stdin";
    /** Bytes handed to the driver per write: large enough to fill its socket buffer, small enough to not matter. */
    private static final int COPY_CHUNK = 64 * 1024;

    private ReadingWriter() {
    }

    static int append(Connection connection, Collection<TargetReading> readings) throws SQLException {
        if (readings.isEmpty()) {
            return 0;
        }
        if (usesCopy(connection)) {
            return copy(connection.unwrap(PGConnection.class), readings);
        }
        return batch(connection, readings);
    }

    /** True for PostgreSQL's connections, also behind the pool's proxy. */
    static boolean usesCopy(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    static int batch(Connection connection, Collection<TargetReading> readings) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (TargetReading r : readings) {
                insert.setLong(1, r.targetId());
                insert.setString(2, r.metric());
                Jdbc.setInstant(insert, 3, r.at());
                insert.setDouble(4, r.value());
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return readings.size();
    }

    /** Inserts the readings not stored yet, leaving the ones that are: slower, for a batch the key refused. */
    static int appendMissing(Connection connection, Collection<TargetReading> readings) throws SQLException {
        int stored = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MISSING)) {
            for (TargetReading r : readings) {
                insert.setLong(1, r.targetId());
                insert.setString(2, r.metric());
                Jdbc.setInstant(insert, 3, r.at());
                insert.setDouble(4, r.value());
                insert.setLong(5, r.targetId());
                insert.setString(6, r.metric());
                Jdbc.setInstant(insert, 7, r.at());
                stored += insert.executeUpdate();
            }
        }
        return stored;
    }

    private static int copy(PGConnection connection, Collection<TargetReading> readings) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn(COPY);
        try {
            StringBuilder text = new StringBuilder(COPY_CHUNK + 256);
            for (TargetReading r : readings) {
                line(text, r);
                if (text.length() >= COPY_CHUNK) {
                    write(copy, text);
                }
            }
            write(copy, text);
            long rows = copy.endCopy();
            return Math.toIntExact(rows);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** COPY text format: tab-separated, {@code \N} would be null; instants in ISO 8601 with {@code Z}. */
    private static void line(StringBuilder text, TargetReading r) {
        text.append(r.targetId()).append('\t');
        escape(text, r.metric());
        text.append('\t').append(r.at()).append('\t').append(r.value()).append('\n');
    }

    /** Metrics hold no control characters (TargetReading refuses them); only the backslash needs escaping. */
    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                text.append('\\');
            }
            text.append(c);
        }
    }

    private static void write(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
