package io.dcim.testing;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseConfig;
import io.dcim.common.persistence.DatabaseKind;
import io.dcim.common.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.UUID;

/**
 * A migrated database for tests, one per kind per JVM: PostgreSQL runs get a schema of
 * their own (dropped at the end) so that parallel runs on one server never collide.
 */
public final class TestDatabase implements AutoCloseable {

    static final String PG_URL = System.getenv().getOrDefault("DCIM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getenv().getOrDefault("DCIM_TEST_PG_USER", "postgres");
    static final String PG_PASSWORD = System.getenv().getOrDefault("DCIM_TEST_PG_PASSWORD", "");

    private final Database database;
    private final DatabaseConfig config;
    private final String pgSchema;

    private TestDatabase(DatabaseConfig config, String pgSchema) {
        this.config = config;
        this.pgSchema = pgSchema;
        this.database = Database.start(config, persistenceUnits());
    }

    /** A database at the given configuration (e.g. an H2 file), migrated; nothing dropped at close. */
    public static TestDatabase of(DatabaseConfig config) {
        return new TestDatabase(config, null);
    }

    public static TestDatabase h2() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        return new TestDatabase(new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", 8), null);
    }

    public static TestDatabase postgres() throws SQLException {
        String schema = "dcim_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connectToPostgres(PG_URL);
             Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        String separator = PG_URL.contains("?") ? "&" : "?";
        return new TestDatabase(new DatabaseConfig(PG_URL + separator + "currentSchema=" + schema, PG_USER,
                PG_PASSWORD, 8), schema);
    }

    public static boolean postgresReachable() {
        try (Connection c = connectToPostgres(PG_URL + (PG_URL.contains("?") ? "&" : "?") + "connectTimeout=3")) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Through the driver itself, not DriverManager: see {@link DatabaseKind#driverClassName()}. */
    private static Connection connectToPostgres(String url) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", PG_USER);
        credentials.setProperty("password", PG_PASSWORD);
        return new org.postgresql.Driver().connect(url, credentials);
    }

    public static List<PersistenceUnit> persistenceUnits() {
        List<PersistenceUnit> units = new ArrayList<>();
        ServiceLoader.load(PersistenceUnit.class).forEach(units::add);
        return units;
    }

    public Database database() {
        return database;
    }

    public DatabaseKind kind() {
        return database.kind();
    }

    public DatabaseConfig config() {
        return config;
    }

    /**
     * Empties every table but Flyway's, so each test starts from nothing. Only the tables holding rows are
     * truncated (found in one query): a test writes to a few of the schema's ~140 tables, and truncating them all
     * made PostgreSQL create new files for every table and index each time, seconds per test on a loaded machine.
     * On PostgreSQL the truncation cascades to the tables referring to those (all empty then), as before.
     */
    void truncateAll() {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!table.equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(table);
                    }
                }
            }
            List<String> holdingRows = holdingRows(s, tables);
            if (holdingRows.isEmpty()) {
                c.rollback();
                return;
            }
            if (kind() == DatabaseKind.H2) {
                s.execute("set referential_integrity false");
                for (String table : holdingRows) {
                    s.execute("truncate table \"" + table + "\"");
                }
                s.execute("set referential_integrity true");
            } else {
                s.execute("truncate table " + String.join(", ", holdingRows) + " cascade");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database", e);
        }
    }

    /** The names among {@code tables} of those with at least one row, asked in one statement. */
    static List<String> holdingRows(Statement s, List<String> tables) throws SQLException {
        List<String> holding = new ArrayList<>();
        if (tables.isEmpty()) {
            return holding;
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                sql.append(" union all ");
            }
            sql.append("select ").append(i).append(" from (select 1 as x) one where exists (select 1 from \"")
                    .append(tables.get(i)).append("\")");
        }
        try (ResultSet rs = s.executeQuery(sql.toString())) {
            while (rs.next()) {
                holding.add(tables.get(rs.getInt(1)));
            }
        }
        return holding;
    }

    @Override
    public void close() {
        database.close();
        if (pgSchema != null) {
            try (Connection c = connectToPostgres(PG_URL);
                 Statement s = c.createStatement()) {
                s.execute("drop schema " + pgSchema + " cascade");
            } catch (SQLException e) {
                System.err.println("could not drop test schema " + pgSchema + ": " + e.getMessage());
            }
        }
    }

    /**
     * An empty PostgreSQL schema of its own, for a test that starts the application in another process (which
     * migrates it itself): its JDBC URL and credentials from the same {@code DCIM_TEST_PG_*} settings; dropped at
     * close.
     */
    public static EmptySchema emptyPostgresSchema() throws SQLException {
        String schema = "dcim_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connectToPostgres(PG_URL); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        return new EmptySchema(PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, PG_USER,
                PG_PASSWORD, schema);
    }

    /**
     * The PostgreSQL schema {@code name}, made when missing and kept by the caller (not closed): a benchmark seeds it
     * once outside its measured run and starts its nodes on it again (a name of letters, digits and underscores).
     */
    public static EmptySchema keptPostgresSchema(String name) throws SQLException {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("not a schema name: " + name);
        }
        try (Connection c = connectToPostgres(PG_URL); Statement s = c.createStatement()) {
            s.execute("create schema if not exists " + name);
        }
        return new EmptySchema(PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + name, PG_USER,
                PG_PASSWORD, name);
    }

    /** See {@link #emptyPostgresSchema()}. */
    public record EmptySchema(String url, String user, String password, String name) implements AutoCloseable {
        @Override
        public void close() {
            try (Connection c = connectToPostgres(PG_URL); Statement s = c.createStatement()) {
                s.execute("drop schema " + name + " cascade");
            } catch (SQLException e) {
                System.err.println("could not drop test schema " + name + ": " + e.getMessage());
            }
        }
    }
}
