package io.dcim.common.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool's connections, handed out with a wait that depends on who asks. Background work (jobs, imports, polls)
 * waits the pool's whole connection timeout and so rides out a busy moment; a thread serving a person or a client
 * waits at most what {@link Database#waitingAtMost} gave it, so that an unreachable database is answered with 503
 * in about that time instead of the pool's ten seconds. Nothing remembers an outage: every request asks the pool
 * again, and the pool opens connections as soon as the database accepts them, so a database that comes back is
 * used by the next request.
 */
final class PooledConnections implements DataSource {

    private static final ThreadLocal<Duration> WAIT = new ThreadLocal<>();

    private final HikariDataSource pool;

    PooledConnections(HikariDataSource pool) {
        this.pool = pool;
    }

    static Duration waitOfThisThread() {
        return WAIT.get();
    }

    static void waitOnThisThread(Duration wait) {
        if (wait == null) {
            WAIT.remove();
        } else {
            WAIT.set(wait);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Duration wait = WAIT.get();
        // The pool object is Hikari's own (public, and started with the data source: initializationFailTimeout > 0);
        // it is the one place that takes a timeout per call.
        if (wait != null && !pool.isClosed() && pool.getHikariPoolMXBean() instanceof HikariPool hikari) {
            return hikari.getConnection(wait.toMillis());
        }
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool's connections have one user");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
