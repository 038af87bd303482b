package io.dcim.procurement.bench;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.StatementBatch;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.asset.AssetGrouping;
import io.dcim.procurement.asset.AssetQueries;
import io.dcim.procurement.export.DepreciationWorkbook;
import io.dcim.procurement.export.DetailRow;
import io.dcim.procurement.export.ExportResult;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.TestDatabase;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The depreciation workbook as the console makes it: assets read from the register a page at
 * a time, their schedules computed and streamed into the XLSX. The register is an in-memory H2
 * database in the same 512 MB heap, seeded by plain JDBC (the benchmark measures the export,
 * not receiving).
 */
final class RegisterExportBenchmark {

    private static final String[] CLASSES = {"SERVER", "SERVER", "SERVER", "NETWORK", "STORAGE", "POWER_COOLING"};

    private RegisterExportBenchmark() {
    }

    static void run(int assets) throws IOException {
        try (TestDatabase database = TestDatabase.h2()) {
            Database db = database.database();
            long site = new InventoryFixture(db).site.getId();
            seed(db, assets, site);
            AssetQueries queries = new AssetQueries(db);
            workbook(queries, assets);
            assetRegister(queries);
            sums(queries);
        }
    }

    /** Book value and accumulated depreciation of a whole register at a date, summed by class and by site (warm, median of 5). */
    static void bookValues(int assets) {
        try (TestDatabase database = TestDatabase.h2()) {
            Database db = database.database();
            long site = new InventoryFixture(db).site.getId();
            seed(db, assets, site);
            AssetQueries queries = new AssetQueries(db);
            for (AssetGrouping grouping : new AssetGrouping[] {AssetGrouping.ASSET_CLASS, AssetGrouping.SITE}) {
                queries.balancesAt(LocalDate.of(2026, 12, 31), grouping, AssetFilter.all());
                double[] seconds = new double[5];
                int groups = 0;
                for (int i = 0; i < seconds.length; i++) {
                    long start = System.nanoTime();
                    groups = queries.balancesAt(LocalDate.of(2026, 12, 31), grouping, AssetFilter.all()).size();
                    seconds[i] = (System.nanoTime() - start) / 1e9;
                }
                java.util.Arrays.sort(seconds);
                System.out.printf("Book value of %,d assets at 2026-12-31 by %s: %d group(s), median %.2f s (best %.2f s)%n",
                        assets, grouping, groups, seconds[seconds.length / 2], seconds[0]);
            }
        }
    }

    private static void workbook(AssetQueries queries, int assets) throws IOException {
        Path file = Files.createTempFile("register-bench", ".xlsx");
        Benchmarks.HeapSampler heap = new Benchmarks.HeapSampler();
        System.gc();
        long baseline = heap.usedNow();
        heap.start();
        long start = System.nanoTime();
        ExportResult result;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             Stream<DetailRow> rows = queries.detailRows(YearMonth.of(2024, 1), YearMonth.of(2030, 12), AssetFilter.all())) {
            result = new DepreciationWorkbook().write(rows, out, null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stop();
        long size = Files.size(file);
        Files.delete(file);
        System.out.printf("Workbook from the register: %,d assets, %,d detail rows, summary total %s CNY%n",
                assets, result.detailRows(), result.totalDepreciation().toPlainString());
        System.out.printf("  %.1f s wall, %,.0f rows/s, file %.1f MB%n", seconds, result.detailRows() / seconds, size / 1e6);
        System.out.printf("  heap used: %d MB before (register in H2 included), peak %d MB while exporting (max heap %d MB)%n",
                baseline >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The fixed-asset register at a date: one row per asset, read page by page, balances computed per asset. */
    private static void assetRegister(AssetQueries queries) throws IOException {
        Path file = Files.createTempFile("asset-register-bench", ".xlsx");
        LocalDate date = LocalDate.of(2026, 12, 31);
        long start = System.nanoTime();
        io.dcim.procurement.export.RegisterTotals totals;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             Stream<io.dcim.procurement.export.RegisterRow> rows = queries.registerRows(date, AssetFilter.all())) {
            totals = new io.dcim.procurement.export.AssetRegisterWorkbook().write(date, rows, out, null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long size = Files.size(file);
        Files.delete(file);
        System.out.printf("Fixed-asset register at %s: %,d assets, net book value %s CNY, %.2f s, file %.1f MB%n", date,
                totals.rows(), totals.netBookValue().toPlainString(), seconds, size / 1e6);
    }

    private static void sums(AssetQueries queries) {
        for (AssetGrouping grouping : new AssetGrouping[] {AssetGrouping.SITE, AssetGrouping.ASSET_CLASS}) {
            long start = System.nanoTime();
            var balances = queries.balancesAt(LocalDate.of(2026, 12, 31), grouping, AssetFilter.all());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Balances at 2026-12-31 by %s: %d group(s) in %.2f s%n", grouping, balances.size(), seconds);
        }
        long start = System.nanoTime();
        var monthly = queries.monthly(YearMonth.of(2025, 1), YearMonth.of(2025, 12), AssetGrouping.ASSET_CLASS,
                AssetFilter.all());
        System.out.printf("Monthly depreciation 2025 by class: %d rows in %.2f s%n", monthly.size(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Assets placed in service through 2024, 5-year lives (10-year for power and cooling), 5% residual. */
    private static void seed(Database db, int assets, long site) {
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("insert into fixed_asset (id, version, asset_tag, asset_tag_key,"
                     + " description, asset_class, cost, residual_rate, useful_life_months, method, start_convention,"
                     + " in_service_date, site_id, cost_centre, created_at, updated_at)"
                     + " values (?, 0, ?, ?, ?, ?, ?, 0.05, ?, ?, 'NEXT_MONTH', ?, ?, ?, ?, ?)")) {
            StatementBatch batch = new StatementBatch(1_000, insert);
            for (int i = 1; i <= assets; i++) {
                String tag = String.format("IM-AST-%06d", i);
                String assetClass = CLASSES[i % CLASSES.length];
                insert.setLong(1, i);
                insert.setString(2, tag);
                insert.setString(3, tag);
                insert.setString(4, "Bench asset " + i);
                insert.setString(5, assetClass);
                insert.setBigDecimal(6, BigDecimal.valueOf(5_000_000L + random.nextInt(250_000_000), 2));
                insert.setInt(7, assetClass.equals("POWER_COOLING") ? 120 : 60);
                insert.setString(8, i % 10 == 0 ? "DOUBLE_DECLINING_BALANCE" : "STRAIGHT_LINE");
                insert.setObject(9, LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366)));
                insert.setLong(10, site);
                insert.setString(11, i % 2 == 0 ? "AI-CLOUD" : "INFRA");
                insert.setTimestamp(12, now);
                insert.setTimestamp(13, now);
                batch.add();
            }
            batch.flush();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed the register", e);
        }
    }
}
