package io.dcim.power.reading;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.hibernate.jdbc.ReturningWork;

/**
 * Plain JDBC on the connection of the {@link Database}'s transaction. {@code Database} offers its pool too,
 * but a connection of our own would not see, nor join, a transaction the caller already has open (deleting
 * a target removes its readings in the target's transaction), so the work runs through the session.
 */
final class Jdbc {

    private Jdbc() {
    }

    static <T> T inTransaction(Database db, ReturningWork<T> work) {
        return db.inTransaction(session -> session.doReturningWork(work));
    }

    /** Target ids as one array parameter, typed as each database names bigint. */
    static Array ids(Connection connection, DatabaseKind kind, Collection<Long> ids) throws SQLException {
        return connection.createArrayOf(kind == DatabaseKind.POSTGRESQL ? "bigint" : "BIGINT", ids.toArray(Long[]::new));
    }

    static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /**
     * True when a statement broke the readings' unique key: SQLSTATE 23505 (PostgreSQL and H2), or the conflict
     * {@link Database} turns a broken constraint into, naming it (or the key of one of its partitions).
     */
    static boolean isUniqueViolation(Throwable e) {
        if (e instanceof io.dcim.common.error.ConflictException
                && isSeriesKey(String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException s = t instanceof SQLException q ? q : null; s != null; s = s.getNextException()) {
                if ("23505".equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The readings' unique key: reading_raw_series_uk, or on PostgreSQL that of the partition the reading went to
     * (reading_raw_p20261207_series_uk, reading_raw_default_series_uk: see {@link RawPartitions}).
     */
    private static boolean isSeriesKey(String message) {
        return message.matches("(?s).*reading_raw_(p\\d{8}_|default_)?series_uk.*");
    }

    static Instant getInstant(ResultSet rs, int index) throws SQLException {
        OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
