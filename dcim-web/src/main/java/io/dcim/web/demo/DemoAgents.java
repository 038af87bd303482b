package io.dcim.web.demo;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's simulated agents (the SNMP PDUs, UPSes and coolers, and the GPU servers' BMCs) run on one node of a
 * cluster: the node that holds a PostgreSQL advisory lock, on a connection it keeps for that. Starting the agents
 * points the demo's targets at them, so two nodes running agents would take the targets from each other, and
 * agents that die with their node would leave every survivor polling nothing. The other nodes try the lock again
 * every few seconds: when the holder dies its connection closes and the lock with it, and another node starts the
 * agents within one retry. A holder that loses its connection (a database outage) stops its agents, so that it
 * never runs them beside a new holder.
 *
 * <p>On H2 there is one node and no one else to start them: the agents start at once, and if they cannot (no
 * free loopback port, say), the node's start fails with the reason rather than opening a console whose every
 * demo target times out. On PostgreSQL a node that fails to start them logs why, lets the lock go, and tries
 * again at the next retry, as it would after losing the lock.
 */
public final class DemoAgents implements AutoCloseable {

    /** The lock's key, one per database: "dcimdemo" in ASCII. */
    static final long LOCK = 0x6463696d64656d6fL;
    private static final Logger log = LoggerFactory.getLogger(DemoAgents.class);

    private final Database database;
    private final Callable<AutoCloseable> starter;
    private final ScheduledExecutorService timer;
    private Connection lock;
    private AutoCloseable running;
    private boolean closed;

    private DemoAgents(Database database, Callable<AutoCloseable> starter) {
        this.database = database;
        this.starter = starter;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "demo-agents");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * On H2, starts the agents (or throws why not). On PostgreSQL, tries once now (so a single node has its agents
     * before its first sweep), then every {@code retry}: to take the lock while another node holds it, or to check
     * that this node still holds it.
     *
     * @param starter starts the agents; closing what it returns stops them
     */
    public static DemoAgents start(Database database, Callable<AutoCloseable> starter, Duration retry) throws Exception {
        DemoAgents agents = new DemoAgents(database, starter);
        if (database.kind() == DatabaseKind.H2) {
            agents.running = starter.call();
            log.info("Demo agents started");
            return agents;
        }
        agents.tick();
        agents.timer.scheduleWithFixedDelay(agents::tick, retry.toMillis(), retry.toMillis(), TimeUnit.MILLISECONDS);
        return agents;
    }

    public synchronized boolean running() {
        return running != null;
    }

    synchronized void tick() {
        if (closed) {
            return;
        }
        try {
            if (running == null) {
                if (takeLock()) {
                    running = starter.call();
                    log.info("Demo agents started on this node");
                }
            } else if (lock != null && !lock.isValid(2)) {
                log.warn("Lost the database connection that holds the demo agents' lock: stopping them here");
                stopAgents();
            }
        } catch (Exception e) {
            log.warn("Demo agents: {}", e.toString());
            stopAgents();
        }
    }

    private boolean takeLock() throws SQLException {
        Connection connection = database.dataSource().getConnection();
        try (Statement s = connection.createStatement();
             ResultSet held = s.executeQuery("select pg_try_advisory_lock(" + LOCK + ")")) {
            if (held.next() && held.getBoolean(1)) {
                // Session-level: the lock stays while this connection lives, whatever its transactions do.
                connection.commit();
                lock = connection;
                return true;
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.rollback();
        connection.close();
        return false;
    }

    private void stopAgents() {
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                log.warn("Stopping the demo agents failed: {}", e.toString());
            }
            running = null;
        }
        if (lock != null) {
            // The connection goes back to the pool, its session alive: the lock must be let go of first.
            try (Statement s = lock.createStatement()) {
                s.execute("select pg_advisory_unlock(" + LOCK + ")");
                lock.commit();
            } catch (SQLException e) {
                log.debug("Releasing the demo agents' lock: {}", e.toString()); // a broken connection held none
            }
            try {
                lock.close();
            } catch (SQLException e) {
                log.debug("Closing the lock's connection: {}", e.toString());
            }
            lock = null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (this) {
            closed = true;
            stopAgents();
        }
    }
}
