package io.dcim.common.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.Message;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one database of the application: a connection pool, the schema migrated by Flyway,
 * and a Hibernate session factory that only validates that schema.
 *
 * <p>Work runs in {@link #inTransaction}: a call made while a transaction is already open on
 * this thread joins it, so services compose (receiving a purchase order creates devices in
 * the order's transaction) without passing sessions around.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int JDBC_BATCH_SIZE = 100;

    private final DatabaseConfig config;
    private final HikariDataSource pool;
    private final PooledConnections dataSource;
    private final SessionFactory sessionFactory;
    private final ThreadLocal<Session> current = new ThreadLocal<>();
    /** The open {@link #sharedTransaction} scope of this thread, if any. */
    private final ThreadLocal<Scope> shared = new ThreadLocal<>();

    private Database(DatabaseConfig config, HikariDataSource pool, PooledConnections dataSource,
            SessionFactory sessionFactory) {
        this.config = config;
        this.pool = pool;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
    }

    /** Opens the pool, migrates the schema and validates the entities against it. */
    public static Database start(DatabaseConfig config, Collection<? extends PersistenceUnit> units) {
        HikariDataSource pool = openPool(config);
        try {
            migrate(pool);
            PooledConnections connections = new PooledConnections(pool);
            return new Database(config, pool, connections, buildSessionFactory(config, connections, units));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariDataSource openPool(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setDriverClassName(DatabaseKind.ofJdbcUrl(config.url()).driverClassName());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setPoolName("dcim");
        hikari.setAutoCommit(false);
        if (config.kind() == DatabaseKind.POSTGRESQL) {
            // A JDBC batch of inserts goes as multi-row inserts instead of one statement per row:
            // the bulk paths (ports of imported devices, cable imports) write hundreds of thousands.
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        // Fail fast with the driver's own message instead of waiting for the pool's timeout.
        hikari.setInitializationFailTimeout(1);
        hikari.setConnectionTimeout(10_000);
        hikari.setExceptionOverrideClassName(BrokenConnections.class.getName());
        return new HikariDataSource(hikari);
    }

    private static void migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Schema migrated from version {} to {} ({} migrations)",
                    result.initialSchemaVersion, result.targetSchemaVersion, result.migrationsExecuted);
        }
    }

    private static SessionFactory buildSessionFactory(DatabaseConfig config, DataSource dataSource,
            Collection<? extends PersistenceUnit> units) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, JDBC_BATCH_SIZE)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 64)
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .applySetting(AvailableSettings.QUERY_STARTUP_CHECKING, false)
                .applySetting(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
                .applySetting(AvailableSettings.DEFAULT_SCHEMA, defaultSchema(config))
                .applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new ColumnNaming())
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            units.forEach(unit -> unit.entityClasses().forEach(sources::addAnnotatedClass));
            SessionFactory factory = sources.buildMetadata().buildSessionFactory();
            guardTextColumns(factory);
            return factory;
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    private static void guardTextColumns(SessionFactory factory) {
        EventListenerRegistry listeners = factory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        ControlCharacterGuard guard = new ControlCharacterGuard();
        listeners.appendListeners(EventType.PRE_INSERT, guard);
        listeners.appendListeners(EventType.PRE_UPDATE, guard);
    }

    /** Validation must look at the schema the connection uses (tests run each in its own). */
    private static String defaultSchema(DatabaseConfig config) {
        int at = config.url().indexOf("currentSchema=");
        if (at < 0) {
            return config.kind() == DatabaseKind.H2 ? "PUBLIC" : "public";
        }
        String rest = config.url().substring(at + "currentSchema=".length());
        return rest.split("[&;]")[0];
    }

    public DatabaseKind kind() {
        return config.kind();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Until the returned scope closes, this thread waits at most {@code wait} for a pooled connection, where work
     * in the background waits the pool's whole timeout (ten seconds): the doors call it around each request, so
     * that a client is told "503, try later" promptly while the database is unreachable.
     */
    public static ConnectionWait waitingAtMost(Duration wait) {
        Duration before = PooledConnections.waitOfThisThread();
        PooledConnections.waitOnThisThread(wait);
        return () -> PooledConnections.waitOnThisThread(before);
    }

    /** The scope of {@link #waitingAtMost}: closing it restores the thread's wait. */
    public interface ConnectionWait extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs the work in a transaction, joining the one already open on this thread. */
    public <T> T inTransaction(Function<Session, T> work) {
        Session open = current.get();
        if (open != null) {
            return work.apply(open);
        }
        Scope scope = shared.get();
        if (scope != null) {
            return scope.first(work);
        }
        try (Session session = sessionFactory.openSession()) {
            current.set(session);
            Transaction tx = begin(session);
            try {
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(tx, e);
                throw translate(e);
            }
        } finally {
            current.remove();
        }
    }

    /**
     * Runs the work in a transaction of its own, committed when the work ends, even while this thread has
     * one open (which it neither joins nor disturbs): bookkeeping that must stand whatever becomes of the
     * work around it, such as a failed sign-in counted towards the account's lock-out.
     */
    public <T> T separately(Function<Session, T> work) {
        Session open = current.get();
        Scope scope = shared.get();
        current.remove();
        shared.remove();
        try {
            return inTransaction(work);
        } finally {
            restore(open, scope);
        }
    }

    private void restore(Session open, Scope scope) {
        if (open != null) {
            current.set(open);
        }
        if (scope != null) {
            shared.set(scope);
        }
    }

    /**
     * Until the returned scope closes, the first transaction this thread opens stays open, every later
     * one joins it, and it commits when the scope closes. A door wraps a read-only call in one (the API's
     * GETs: the caller's check, the page's query, its labels), so that the call takes one connection
     * and one commit instead of one each. When the work that opened the transaction fails, it is rolled
     * back at once and the next work opens a new one; a later work's failure leaves it open, as a joined
     * transaction's always did. Writes that must not wait for the scope to end go {@link #separately}.
     * Opening a scope where one (or a transaction) is open already joins that one.
     */
    public SharedTransaction sharedTransaction() {
        if (shared.get() != null || current.get() != null) {
            return () -> { };
        }
        Scope scope = new Scope();
        shared.set(scope);
        return scope;
    }

    /** The scope of {@link #sharedTransaction}: closing it commits what it kept open. */
    public interface SharedTransaction extends AutoCloseable {
        @Override
        void close();
    }

    /** A scope's session and transaction, opened by the first work run in it. */
    private final class Scope implements SharedTransaction {
        private Session session;
        private Transaction tx;

        <T> T first(Function<Session, T> work) {
            session = sessionFactory.openSession();
            current.set(session);
            tx = null;
            try {
                tx = begin(session);
                return work.apply(session);
            } catch (RuntimeException | Error e) {
                if (tx != null) {
                    rollback(tx, e);
                }
                end();
                throw translate(e);
            }
        }

        @Override
        public void close() {
            shared.remove();
            if (session == null) {
                return;
            }
            try {
                tx.commit();
            } catch (RuntimeException e) {
                rollback(tx, e);
                throw translate(e);
            } finally {
                end();
            }
        }

        private void end() {
            current.remove();
            try {
                session.close();
            } finally {
                session = null;
                tx = null;
            }
        }
    }

    /** A rollback that fails too (the connection is gone) must not hide why the work failed. */
    private static void rollback(Transaction tx, Throwable failure) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** Taking a connection is where an unreachable database shows first. */
    private static Transaction begin(Session session) {
        try {
            return session.beginTransaction();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** {@link #inTransaction(Function)} for work that returns nothing. */
    public void execute(Consumer<Session> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /**
     * Races the services' own checks cannot see (two people saving the same object, or the
     * same serial, at once) surface here as conflicts the person can act on.
     */
    private static Throwable translateCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return ConflictException.staleVersion(Message.of("common.version.thisObject"));
            }
            if (t instanceof ConstraintViolationException violation) {
                return new ConflictException("id", Message.of("common.persistence.clash",
                        String.valueOf(violation.getConstraintName())));
            }
        }
        return e;
    }

    private static RuntimeException translate(Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        if (e instanceof DomainException domain) {
            return domain;
        }
        if (DatabaseUnavailableException.isCause(e)) {
            return e instanceof DatabaseUnavailableException unavailable ? unavailable : new DatabaseUnavailableException(e);
        }
        // A refusal raised inside the flush at commit (the text guard) may come back wrapped.
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        Throwable translated = translateCause(e);
        return translated instanceof RuntimeException runtime ? runtime : (RuntimeException) e;
    }

    /**
     * Read-only work: the session neither flushes nor keeps snapshots for dirty checking.
     * Inside an open transaction it simply joins it, so that what it loads stays writable there.
     */
    public <T> T read(Function<Session, T> work) {
        Session open = current.get();
        if (open != null) {
            return work.apply(open);
        }
        return inTransaction(session -> {
            boolean wasReadOnly = session.isDefaultReadOnly();
            session.setDefaultReadOnly(true);
            try {
                return work.apply(session);
            } finally {
                session.setDefaultReadOnly(wasReadOnly);
            }
        });
    }

    /** True when a connection answers a trivial query within the timeout. */
    public boolean isReachable(int timeoutSeconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        sessionFactory.close();
        pool.close();
    }
}
