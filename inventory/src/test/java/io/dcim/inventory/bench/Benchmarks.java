package io.dcim.inventory.bench;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.DatabaseConfig;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetQueries;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.inventory.site.SiteTotals;
import io.dcim.inventory.site.SiteTotalsQuery;
import io.dcim.testing.BenchScale;
import io.dcim.testing.BenchTimer;
import io.dcim.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Inventory benchmarks at full demo scale (4,000 cabinets): seeding on H2 (file) and
 * PostgreSQL, then the warm per-site totals, a 50-row cabinet page and a 10,000-row device import.
 * Run: {@code mvn -B -q -Pbench-inventory -DskipTests -pl inventory -am verify}; {@code -Dbench=connectivity}
 * runs only the seed, the device import and {@link ConnectivityBenchmark}; {@code -Dbench.db=h2} or
 * {@code -Dbench.db=postgresql} runs one database only.
 */
public final class Benchmarks {

    private static final DemoScale SCALE = BenchScale.smoke() ? DemoScale.SMALL : DemoScale.FULL;
    private static final int WARMUP = 30;
    private static final int RUNS = 100;
    private static final boolean ONLY_CONNECTIVITY = "connectivity".equals(System.getProperty("bench"));
    private static final String ONLY_DB = System.getProperty("bench.db", "");

    public static void main(String[] args) throws Exception {
        if (!ONLY_CONNECTIVITY) {
            XlsxUploadBenchmark.main(args);
        }
        if (!ONLY_DB.equals("postgresql")) {
            Path dir = Files.createTempDirectory("dcim-bench");
            try (TestDatabase h2 = TestDatabase.of(DatabaseConfig.h2File(dir))) {
                run("H2 (file)", h2);
            }
        }
        if (ONLY_DB.equals("h2")) {
            System.out.println("-Dbench.db=h2: PostgreSQL figures skipped");
        } else if (TestDatabase.postgresReachable()) {
            try (TestDatabase pg = TestDatabase.postgres()) {
                run("PostgreSQL", pg);
            }
        } else {
            System.out.println("PostgreSQL not reachable: PostgreSQL figures skipped");
        }
    }

    private static void run(String name, TestDatabase db) {
        long start = System.nanoTime();
        new DemoSiteLoader(db.database(), new CatalogService(db.database())).seedIfEmpty(SCALE);
        double seedSeconds = (System.nanoTime() - start) / 1e9;
        SiteTotalsQuery totals = new SiteTotalsQuery(db.database());
        SiteTotals site = totals.all().get(0);
        System.out.printf("%s: seeded " + SCALE.name().toLowerCase() + " demo (%,d cabinets, %,d GPUs) in %.1f s%n", name, site.cabinets(),
                site.gpus(), seedSeconds);
        if (!ONLY_CONNECTIVITY) {
            CabinetQueries cabinets = new CabinetQueries(db.database());
            report(name, "per-site totals", time(totals::all));
            report(name, "cabinet page (50 rows, sorted by free U, page 20)", time(() -> cabinets.page(
                    CabinetFilter.ofSite(site.siteId()), new PageRequest(20, 50, "freeU", false))));
            report(name, "cabinet page (50 rows, filtered by headroom >= 8 kW)", time(() -> cabinets.page(
                    new CabinetFilter(site.siteId(), null, null, null, null, 8_000L, null),
                    new PageRequest(0, 50, "headroomW", false))));
        }
        ImportBenchmark.run(name, db.database(), site.siteId(), site.siteName());
        ConnectivityBenchmark.run(name, db.database(), site.siteId());
    }

    private static double[] time(Supplier<?> work) {
        return BenchTimer.time(work, WARMUP, RUNS);
    }

    private static void report(String database, String what, double[] sortedMillis) {
        System.out.printf("%s: %s: median %.1f ms, p95 %.1f ms (%d warm runs)%n", database, what,
                sortedMillis[sortedMillis.length / 2], sortedMillis[(int) (sortedMillis.length * 0.95)], sortedMillis.length);
    }
}
