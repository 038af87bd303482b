package io.dcim.common.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Rows written through prepared statements in JDBC batches of a fixed size: one round trip per batch rather than
 * per row, and never more than one batch held by the driver, however many rows there are. Statements written in
 * step (a row and its history row) share one batch, so each full batch sends them in the order given: a row's
 * table before the table that refers to it.
 *
 * <p>Bind each statement's parameters for the next row, then {@link #add()}; {@link #flush()} after the last row.
 */
public final class StatementBatch {

    private final int size;
    private final List<PreparedStatement> statements;
    private int pending;

    public StatementBatch(int size, PreparedStatement... statements) {
        this.size = size;
        this.statements = List.of(statements);
    }

    /** Adds the parameters bound on each statement as one more row; sends the batch when it is full, and says so. */
    public boolean add() throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.addBatch();
        }
        if (++pending < size) {
            return false;
        }
        send();
        return true;
    }

    /** Sends the rows added since the last full batch. */
    public void flush() throws SQLException {
        if (pending > 0) {
            send();
        }
    }

    private void send() throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        pending = 0;
    }
}
