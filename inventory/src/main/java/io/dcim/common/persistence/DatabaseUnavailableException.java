package io.dcim.common.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * The database cannot be reached (refused, timed out, connection lost). Not the caller's
 * fault and likely to pass: the doors answer 503 with a {@code Retry-After} hint instead of a
 * generic internal error.
 */
public class DatabaseUnavailableException extends RuntimeException {

    /** How long callers are told to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    public DatabaseUnavailableException(Throwable cause) {
        super("the database is unreachable; try again shortly", cause);
    }

    /** True when the failure, or anything it wraps, is a lost or refused database connection. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnavailableException || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQL state class 08 is "connection exception" in every driver (PostgreSQL's 08001, 08006).
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
