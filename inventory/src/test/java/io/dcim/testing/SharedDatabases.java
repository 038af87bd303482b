package io.dcim.testing;

import org.opentest4j.TestAbortedException;

/**
 * The test databases, one per kind per test JVM, shared by every test class the JVM runs ({@link BothDatabases}
 * and tests that ask for an emptied H2 database). Not kept in JUnit's root store: with {@code forkCount} above
 * one, surefire and failsafe hand each test class to a JVM as an execution of its own, whose root store (and the
 * databases in it) is closed when the class ends, so every class paid for two new databases (Hibernate's boot and
 * Flyway's migrations on each) and for the demo's first seeding on each. A shutdown hook closes them, dropping
 * the PostgreSQL schema.
 */
public final class SharedDatabases {

    private static TestDatabase h2;
    private static Boolean postgresReachable;
    private static TestDatabase postgres;
    private static boolean closing;

    private SharedDatabases() {
    }

    /** The JVM's H2 database, emptied: for a plain {@code @Test} that would otherwise migrate a database of its own. */
    public static TestDatabase emptyH2() {
        TestDatabase database = h2();
        database.truncateAll();
        return database;
    }

    static synchronized TestDatabase h2() {
        if (h2 == null) {
            h2 = TestDatabase.h2();
            closeAtExit();
        }
        return h2;
    }

    /** Skips (or under {@code CI=true} fails) when no PostgreSQL answers. */
    static synchronized TestDatabase postgres() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (postgresReachable == null) {
            postgresReachable = TestDatabase.postgresReachable();
            if (!postgresReachable && !ci) {
                System.err.println("WARNING: " + unreachable() + ": PostgreSQL variant SKIPPED (under CI=true this fails)");
            }
        }
        if (!postgresReachable) {
            if (ci) {
                throw new IllegalStateException(unreachable() + " and CI=true: the PostgreSQL variants must run in CI");
            }
            throw new TestAbortedException(unreachable() + ": PostgreSQL variant SKIPPED (under CI=true this fails)");
        }
        if (postgres == null) {
            try {
                postgres = TestDatabase.postgres();
            } catch (Exception e) {
                throw new IllegalStateException("could not prepare a PostgreSQL test schema", e);
            }
            closeAtExit();
        }
        return postgres;
    }

    private static String unreachable() {
        return "PostgreSQL is not reachable at " + TestDatabase.PG_URL + " as " + TestDatabase.PG_USER;
    }

    private static void closeAtExit() {
        if (!closing) {
            closing = true;
            Runtime.getRuntime().addShutdownHook(new Thread(SharedDatabases::closeAll, "test-databases-close"));
        }
    }

    private static synchronized void closeAll() {
        for (TestDatabase database : new TestDatabase[] {h2, postgres}) {
            if (database != null) {
                try {
                    database.close();
                } catch (RuntimeException e) {
                    System.err.println("could not close a test database: " + e.getMessage());
                }
            }
        }
    }
}
