package io.dcim.power.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Readings stored before the raw table was partitioned (V2026121000) are all there afterwards, each in its day's
 * partition, and the unique key still refuses a duplicate. PostgreSQL only: H2 keeps its plain table.
 */
class RawPartitionsMigrationTest {

    private static final String BEFORE_PARTITIONS = "2026120930";
    private static final String PG_URL = System.getenv().getOrDefault("DCIM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getenv().getOrDefault("DCIM_TEST_PG_USER", "postgres");
    private static final String PG_PASSWORD = System.getenv().getOrDefault("DCIM_TEST_PG_PASSWORD", "");

    @Test
    void onPostgresExistingReadingsMoveIntoTheirDaysPartitions() throws SQLException {
        boolean reachable = TestDatabase.postgresReachable();
        if (!reachable && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("PostgreSQL is required under CI=true: " + PG_URL);
        }
        Assumptions.assumeTrue(reachable, "PostgreSQL not reachable at " + PG_URL + "; skipped");
        String schema = "dcim_parts_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(PG_URL, "create schema " + schema);
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            flyway(url).target(BEFORE_PARTITIONS).load().migrate();
            try (Connection c = DriverManager.getConnection(url, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
                s.execute("insert into reading_raw (target_id, metric, at, measured_value) values"
                        + " (1, 'pdu.power.w', timestamp with time zone '2024-01-05 10:00:00+00', 1),"
                        + " (1, 'pdu.power.w', timestamp with time zone '2024-01-05 23:59:59.999999+00', 2),"
                        + " (2, 'pdu.power.w', current_timestamp, 3)");
            }

            flyway(url).load().migrate();

            String today = "reading_raw_p" + LocalDate.now(ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            try (Connection c = DriverManager.getConnection(url, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
                assertThat(strings(s, "select relkind::text from pg_class where oid = to_regclass('reading_raw')"))
                        .containsExactly("p");
                assertThat(strings(s, "select p.relname || ':' || r.measured_value from reading_raw r"
                        + " join pg_class p on p.oid = r.tableoid order by r.measured_value"))
                        .containsExactly("reading_raw_p20240105:1", "reading_raw_p20240105:2", today + ":3");
                assertThat(strings(s, "select count(*) from pg_class where relname = 'reading_raw_unpartitioned'"))
                        .containsExactly("0");
                assertThatThrownBy(() -> s.execute("insert into reading_raw (target_id, metric, at, measured_value)"
                        + " values (1, 'pdu.power.w', timestamp with time zone '2024-01-05 10:00:00+00', 9)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("reading_raw_p20240105_series_uk");
            }
        } finally {
            execute(PG_URL, "drop schema " + schema + " cascade");
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, PG_USER, PG_PASSWORD).locations("classpath:db/migration");
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
