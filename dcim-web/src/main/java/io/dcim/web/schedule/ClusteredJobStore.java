package io.dcim.web.schedule;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Creates the application's Quartz scheduler on the clustered JDBC job store ({@code JobStoreTX} over the
 * tables of migration V2026120850), taking its connections from the application's own Hikari pool. Every node
 * started on one database joins the same cluster (scheduler name {@code dcim}): a trigger fires on one node
 * only, and the triggers of a node that stops are fired by the others. On the single-node H2 default this is
 * a cluster of one and needs no configuration.
 */
public final class ClusteredJobStore {

    static final String SCHEDULER_NAME = "dcim";

    /**
     * How often a node tells the others it is alive (a node silent for about this long is taken over), and the
     * longest the scheduler thread sleeps when it knows of no trigger due: triggers another node stored are
     * seen at the latest after that.
     */
    public record Timing(Duration checkin, Duration idleWait) {
        /** Quartz's recommended check-in; a five-second idle wait so a job another node added is picked up soon. */
        public static final Timing DEFAULT = new Timing(Duration.ofMillis(7_500), Duration.ofSeconds(5));
    }

    private ClusteredJobStore() {
    }

    /**
     * A scheduler (not started) with the given Quartz instance id, {@code AUTO} for host name and time. It is
     * not left in Quartz's process-wide repository of schedulers by name: the caller holds it, and tests start
     * two "nodes" in one JVM, which that repository (one scheduler per name) would not allow.
     */
    public static Scheduler create(Database database, String instanceId, int threads, Timing timing)
            throws SchedulerException {
        // DBConnectionManager is process-wide too: one provider name per scheduler, so two in one JVM do not meet.
        String dataSourceName = "dcim-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PoolConnections(database.dataSource()));
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.idleWaitTime", Long.toString(timing.idleWait().toMillis()));
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", database.kind() == DatabaseKind.POSTGRESQL
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(timing.checkin().toMillis()));
        // The trigger rows are taken under the cluster's row lock, so two nodes never acquire the same firing.
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        SchedulerRepository.getInstance().remove(SCHEDULER_NAME);
        return scheduler;
    }

    /**
     * Connections from the application's pool. Quartz commits and rolls back itself, as the pool's
     * connections expect (auto-commit off); its shutdown must not close the pool, which the application owns.
     */
    private record PoolConnections(DataSource pool) implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public void initialize() {
        }
    }
}
