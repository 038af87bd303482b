package io.dcim.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The few steps plain JDBC code repeats (the poll leases, the stored exports): positional parameters bound in
 * order, an update run, an instant stored as the UTC {@code timestamp with time zone} both databases read back
 * the same.
 */
public final class Sql {

    private Sql() {
    }

    /** Binds {@code parameters} to the statement's {@code ?}s in order. */
    public static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
    }

    /** Runs an insert, update or delete; the rows it changed. */
    public static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            return ps.executeUpdate();
        }
    }

    /** The instant as a UTC timestamp parameter; null stays null. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
