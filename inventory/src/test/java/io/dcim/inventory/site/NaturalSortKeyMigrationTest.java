package io.dcim.inventory.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Rooms, rows and cabinets stored before the natural sort keys existed get theirs from the migration, on H2 and on
 * PostgreSQL, so that an upgraded database lists Hall 2 before Hall 10 like a new one.
 */
class NaturalSortKeyMigrationTest {

    private static final String BEFORE_KEYS = "2026120613";
    private static final String PG_URL = System.getenv().getOrDefault("DCIM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getenv().getOrDefault("DCIM_TEST_PG_USER", "postgres");
    private static final String PG_PASSWORD = System.getenv().getOrDefault("DCIM_TEST_PG_PASSWORD", "");

    @Test
    void onH2ExistingRoomsRowsAndCabinetsGetTheirKeysAndSortAsPeopleCount() throws SQLException {
        String url = "jdbc:h2:mem:keys_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        migrateWithExistingRows(url, "sa", "");
    }

    @Test
    void onPostgresExistingRoomsRowsAndCabinetsGetTheirKeysAndSortAsPeopleCount() throws SQLException {
        boolean reachable = io.dcim.testing.TestDatabase.postgresReachable();
        if (!reachable && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("PostgreSQL is required under CI=true: " + PG_URL);
        }
        Assumptions.assumeTrue(reachable, "PostgreSQL not reachable at " + PG_URL + "; skipped");
        String schema = "dcim_keys_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(PG_URL, "create schema " + schema);
        try {
            migrateWithExistingRows(PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    PG_USER, PG_PASSWORD);
        } finally {
            execute(PG_URL, "drop schema " + schema + " cascade");
        }
    }

    private static void migrateWithExistingRows(String url, String user, String password) throws SQLException {
        flyway(url, user, password).target(BEFORE_KEYS).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("insert into site (id, version, name, time_zone, electricity_price_kwh, electricity_currency,"
                    + " design_pue, created_at, updated_at) values (1, 0, 'Old', 'Asia/Shanghai', 1, 'CNY', 1.3,"
                    + " current_timestamp, current_timestamp)");
            s.execute("insert into room (id, version, site_id, name) values (1, 0, 1, 'Hall 10'), (2, 0, 1, 'Hall 2')");
            s.execute("insert into cabinet_row (id, version, room_id, name, position) values (1, 0, 1, 'A10', 1),"
                    + " (2, 0, 1, 'A2', 2)");
            s.execute("insert into cabinet (id, version, room_id, row_id, name, position, height_u, contracted_w, used_u,"
                    + " typical_w, device_count, created_at, updated_at) values"
                    + " (1, 0, 1, 1, 'A10', 1, 42, 20000, 0, 0, 0, current_timestamp, current_timestamp),"
                    + " (2, 0, 1, 2, 'A9', 1, 42, 20000, 0, 0, 0, current_timestamp, current_timestamp)");
        }

        flyway(url, user, password).load().migrate();

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            assertThat(names(s, "select name from room order by sort_key")).containsExactly("Hall 2", "Hall 10");
            assertThat(names(s, "select name from cabinet_row order by sort_key")).containsExactly("A2", "A10");
            assertThat(names(s, "select name from cabinet order by sort_key")).containsExactly("A9", "A10");
            assertThat(names(s, "select sort_key from room order by id")).containsExactly("hall 0210", "hall 012");
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user, String password) {
        return Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
    }

    private static List<String> names(Statement s, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
