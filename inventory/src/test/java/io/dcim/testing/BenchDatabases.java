package io.dcim.testing;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseConfig;
import java.nio.file.Files;

/**
 * Where a benchmark takes its figures: on H2, then on PostgreSQL when a server answers at
 * {@code DCIM_TEST_PG_URL} (and says it skipped it when none does), each database migrated afresh and closed after.
 */
public final class BenchDatabases {

    /** What a benchmark measures on one database; {@code name} heads its figures. */
    @FunctionalInterface
    public interface Measurement {
        void measure(String name, Database db) throws Exception;
    }

    private BenchDatabases() {
    }

    /** On H2 in memory, then on PostgreSQL. */
    public static void h2AndPostgres(Measurement measurement) throws Exception {
        measure("H2", TestDatabase.h2(), measurement);
        postgres(measurement);
    }

    /** On an H2 file in a new temporary folder (the application's default store), then on PostgreSQL. */
    public static void h2FileAndPostgres(String folderPrefix, Measurement measurement) throws Exception {
        measure("H2 (file)", TestDatabase.of(DatabaseConfig.h2File(Files.createTempDirectory(folderPrefix))), measurement);
        postgres(measurement);
    }

    private static void postgres(Measurement measurement) throws Exception {
        if (TestDatabase.postgresReachable()) {
            measure("PostgreSQL", TestDatabase.postgres(), measurement);
        } else {
            System.out.println("  PostgreSQL: SKIPPED, no server at DCIM_TEST_PG_URL");
        }
    }

    private static void measure(String name, TestDatabase database, Measurement measurement) throws Exception {
        try (database) {
            measurement.measure(name, database.database());
        }
    }
}
