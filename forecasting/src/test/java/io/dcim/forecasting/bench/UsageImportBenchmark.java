package io.dcim.forecasting.bench;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.forecasting.testing.SiteBuilder;
import io.dcim.forecasting.usage.MappingInput;
import io.dcim.forecasting.usage.MappingService;
import io.dcim.forecasting.usage.SacctImport;
import io.dcim.forecasting.usage.UsageGrouping;
import io.dcim.forecasting.usage.UsageImportReport;
import io.dcim.forecasting.usage.UsageQueries;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.testing.BenchScale;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.TestDatabase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Slurm import benchmark ({@code -Ddcim.bench=usage}): a generated sacct file of 1,000,000 jobs over a year
 * (20 accounts, 4 partitions, 1–8 cards, 10 minutes to 2 days, a job step line after every tenth job) imported
 * into an empty database, re-imported (every job already there), then the year's utilization read by month, by
 * GPU class and by tenant. Target: the import under 30 s on PostgreSQL.
 */
final class UsageImportBenchmark {

    /** {@code -Ddcim.bench.jobs=N} for a smaller file while profiling. */
    private static final int JOBS = Integer.getInteger("dcim.bench.jobs", BenchScale.pick(1_000_000, 20_000));
    /** {@code -Ddcim.bench.db=h2} or {@code postgresql} to measure one database only; both by default. */
    private static final String DB = System.getProperty("dcim.bench.db", "both");
    private static final List<String> PARTITIONS = List.of("h100", "h800", "a100", "l20");
    private static final List<GpuClass> CLASSES = List.of(GpuClass.H100_CLASS, GpuClass.H100_CLASS, GpuClass.A100_CLASS,
            GpuClass.INFERENCE);
    private static final int ACCOUNTS = 20;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    private UsageImportBenchmark() {
    }

    static void run() throws Exception {
        Path file = Files.createTempFile("sacct-bench", ".txt");
        try {
            long bytes = generate(file);
            System.out.printf("usage import benchmark: %,d sacct jobs over a year (%,d MB)%n", JOBS, bytes >> 20);
            if (!DB.equals("postgresql")) {
                try (TestDatabase h2 = TestDatabase.h2()) {
                    measure("H2", h2.database(), file);
                }
            }
            if (DB.equals("h2")) {
                return;
            }
            if (TestDatabase.postgresReachable()) {
                try (TestDatabase pg = TestDatabase.postgres()) {
                    measure("PostgreSQL", pg.database(), file);
                }
            } else {
                System.out.println("  PostgreSQL: SKIPPED, no server at DCIM_TEST_PG_URL");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void measure(String kind, Database db, Path file) throws IOException {
        SiteBuilder site = new SiteBuilder(new InventoryFixture(db));
        site.h100Server("A01", 8);
        MappingService mappings = new MappingService(db);
        TenantService tenants = new TenantService(db);
        for (int a = 0; a < ACCOUNTS; a++) {
            long tenant = a == 0 ? site.tenant.getId() : tenants.create("Bench tenant " + a, TenantKind.ENTERPRISE).getId();
            mappings.createAccount(MappingInput.account("bench", "acct" + a, tenant));
        }
        for (int p = 0; p < PARTITIONS.size(); p++) {
            mappings.createPartition(MappingInput.partition("bench", PARTITIONS.get(p), site.siteId(), CLASSES.get(p)));
        }
        SacctImport importer = new SacctImport(db);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        UsageImportReport first;
        try (InputStream in = Files.newInputStream(file)) {
            first = importer.apply(in, n -> { });
        }
        double importSeconds = (System.nanoTime() - start) / 1e9;
        double importCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        start = System.nanoTime();
        cpu = threads.getCurrentThreadCpuTime();
        UsageImportReport again;
        try (InputStream in = Files.newInputStream(file)) {
            again = importer.apply(in, n -> { });
        }
        double againSeconds = (System.nanoTime() - start) / 1e9;
        double againCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        // CPU time of the importing thread: steadier than wall time on a shared machine; on H2 it holds the
        // database's work too (same thread), on PostgreSQL only the client's.
        System.out.printf("  %s: import %.1f s, CPU %.1f s (%,d jobs added, %,d steps left out, %,.0f card-hours,"
                        + " %,d refused); re-import %.1f s, CPU %.1f s (%,d added, %,d already there)%n", kind,
                importSeconds, importCpu, first.jobsAdded(), first.steps(), first.cardHours(), first.refused(),
                againSeconds, againCpu, again.jobsAdded(), again.alreadyImported());
        UsageQueries usage = new UsageQueries(db);
        for (UsageGrouping g : List.of(UsageGrouping.MONTH, UsageGrouping.GPU_CLASS, UsageGrouping.TENANT,
                UsageGrouping.MONTH_TENANT)) {
            usage.totals(site.siteId(), FIRST_DAY, FIRST_DAY.plusYears(1), g); // warm
            long q = System.nanoTime();
            int rows = usage.totals(site.siteId(), FIRST_DAY, FIRST_DAY.plusYears(1), g).size();
            System.out.printf("  %s: a year by %s: %d rows in %.0f ms%n", kind, g, rows, (System.nanoTime() - q) / 1e6);
        }
    }

    /** Writes the file; returns its size. Seeded, so every run imports the same jobs. */
    private static long generate(Path file) throws IOException {
        Random random = new Random(14);
        LocalDateTime origin = FIRST_DAY.atStartOfDay();
        long yearMinutes = 365L * 24 * 60;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("JobID|Cluster|Account|User|Partition|AllocTRES|Start|End|State\n");
            for (int j = 1; j <= JOBS; j++) {
                int gpus = 1 << random.nextInt(4);
                int cpus = gpus * 8;
                LocalDateTime begin = origin.plusMinutes((long) (random.nextDouble() * (yearMinutes - 2 * 24 * 60)));
                LocalDateTime end = begin.plusMinutes(10 + random.nextInt(2 * 24 * 60));
                String partition = PARTITIONS.get(random.nextInt(PARTITIONS.size()));
                String account = "acct" + random.nextInt(ACCOUNTS);
                String tres = "billing=" + cpus + ",cpu=" + cpus + ",gres/gpu=" + gpus + ",mem=" + (gpus * 128) + "G,node=1";
                out.write(j + "|bench|" + account + "|user" + (j % 97) + "|" + partition + "|" + tres + "|" + begin + ":00|"
                        + end + ":00|COMPLETED\n");
                if (j % 10 == 0) {
                    out.write(j + ".batch|bench|" + account + "||" + partition + "|cpu=" + cpus + ",gres/gpu=" + gpus + "|"
                            + begin + ":00|" + end + ":00|COMPLETED\n");
                }
            }
        }
        return Files.size(file);
    }
}
