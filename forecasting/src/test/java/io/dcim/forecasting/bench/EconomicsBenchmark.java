package io.dcim.forecasting.bench;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.economics.ContractInput;
import io.dcim.forecasting.economics.EconomicsGrouping;
import io.dcim.forecasting.economics.EconomicsReport;
import io.dcim.forecasting.economics.EnergySource;
import io.dcim.forecasting.economics.PackageInput;
import io.dcim.forecasting.economics.PriceBook;
import io.dcim.forecasting.economics.PriceInput;
import io.dcim.forecasting.economics.SiteEconomics;
import io.dcim.forecasting.economics.Statements;
import io.dcim.forecasting.economics.TariffInput;
import io.dcim.forecasting.economics.TenantStatement;
import io.dcim.forecasting.economics.UsageSource;
import io.dcim.forecasting.economics.WhatIf;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.forecasting.testing.RealUsage;
import io.dcim.power.energy.EnergyQueries;
import io.dcim.power.reading.ReadingStore;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.inventory.site.SiteService;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.procurement.asset.AssetQueries;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.demo.ProcurementDemoLoader;
import io.dcim.testing.BenchDatabases;
import io.dcim.testing.BenchScale;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A site's economics at full demo scale (4,000 cabinets with their leases, the procurement demo's assets on the
 * books, its outsourced contract): 24 months by month, by GPU class and by tenant, and one tenant's statement,
 * timed warm (median of {@value #RUNS}) on H2 and PostgreSQL, through the application's own adapters over the usage
 * query (two years of usage_day rows: every day, 4 GPU classes, every demo tenant) and the energy query (no readings
 * in the benchmark, so electricity reads zero).
 */
final class EconomicsBenchmark {

    private static final DemoScale SCALE = BenchScale.smoke() ? DemoScale.SMALL : DemoScale.FULL;
    private static final int RUNS = BenchScale.pick(5, 1);
    private static final YearMonth FROM = YearMonth.of(2024, 6);
    private static final YearMonth TO = FROM.plusMonths(23);
    private static final List<GpuClass> CLASSES = List.of(GpuClass.H100_CLASS, GpuClass.A100_CLASS, GpuClass.RTX_CLASS,
            GpuClass.INFERENCE);

    private EconomicsBenchmark() {
    }

    static void run() throws Exception {
        System.out.println("economics benchmark: " + SCALE.name().toLowerCase() + " demo, " + FROM + " to " + TO
                + ", warm, median of " + RUNS + " (targets: < 1,000 ms each grouping, < 200 ms a statement)");
        BenchDatabases.h2AndPostgres(EconomicsBenchmark::measure);
    }

    private static void measure(String kind, Database db) {
        Clock clock = Clock.systemUTC();
        long seed = System.nanoTime();
        new DemoSiteLoader(db, new CatalogService(db)).seedIfEmpty(SCALE);
        new ProcurementDemoLoader(db).seedIfEmpty(SCALE);
        long siteId = new SiteService(db).sites().get(0).getId();
        List<Tenant> tenants = new TenantService(db).tenants();
        PriceBook prices = prices(db, siteId, tenants);
        System.out.printf("  %s: seeded in %.1f s, %d tenants%n", kind, (System.nanoTime() - seed) / 1e9, tenants.size());

        long usageStart = System.nanoTime();
        seedUsage(db, siteId, tenants);
        System.out.printf("  %s: usage_day written in %.1f s%n", kind, (System.nanoTime() - usageStart) / 1e9);
        UsageSource usage = RealUsage.of(db);
        EnergySource energy = energy(db);
        SiteEconomics economics = new SiteEconomics(db, prices, usage, energy, new AssetQueries(db),
                new ContractService(db, clock));
        Statements statements = new Statements(db, prices, economics, energy);
        sections(kind, db, siteId, usage, energy);
        System.setProperty("dcim.economics.oneByOne", "true");
        try {
            double[] before = time(() -> economics.report(siteId, FROM, TO, EconomicsGrouping.MONTH, WhatIf.NONE));
            System.out.printf("  %s: economics by month, depreciation and leases one by one (before) median %.0f ms wall,"
                    + " %.0f ms CPU%n", kind, before[0], before[1]);
        } finally {
            System.clearProperty("dcim.economics.oneByOne");
        }
        for (EconomicsGrouping grouping : EconomicsGrouping.values()) {
            EconomicsReport[] last = new EconomicsReport[1];
            double[] median = time(() -> last[0] = economics.report(siteId, FROM, TO, grouping, WhatIf.NONE));
            System.out.printf("  %s: economics by %s median %.0f ms wall, %.0f ms CPU (%d rows; total revenue %s, costs %s,"
                    + " margin %s %%)%n", kind, grouping.name().toLowerCase(), median[0], median[1], last[0].rows().size(),
                    last[0].total().revenue(),
                    last[0].total().totalCost(), last[0].total().marginPercent());
        }
        TenantStatement[] statement = new TenantStatement[1];
        double[] first = time(() -> {
            forgetTenantMonths(db);
            return statement[0] = statements.statement(tenants.get(0).getId(), TO);
        });
        System.out.printf("  %s: tenant statement, the month's tenants' energy attributed and kept (before) median %.0f ms"
                + " wall, %.0f ms CPU%n", kind, first[0], first[1]);
        double[] median = time(() -> statement[0] = statements.statement(tenants.get(0).getId(), TO));
        System.out.printf("  %s: tenant statement, the month kept, median %.0f ms wall, %.0f ms CPU (%d lines, %s CNY)%n",
                kind, median[0], median[1], statement[0].lines().size(), statement[0].amount());
    }

    /**
     * Drops the tenants' energy kept per month, so that the next statement attributes its month as every statement
     * did before months were kept (and keeps it again: a few rows).
     */
    private static void forgetTenantMonths(Database db) {
        db.execute(session -> session.createNativeMutationQuery("delete from energy_tenant_month").executeUpdate());
    }

    /** Where a report's and a statement's time goes: each part the report reads, timed alone. */
    private static void sections(String kind, Database db, long siteId, UsageSource usage, EnergySource energy) {
        AssetQueries assets = new AssetQueries(db);
        java.util.function.Function<Long, String> group = device -> device == null ? "SHARED" : "X";
        Map<String, Supplier<?>> parts = new java.util.LinkedHashMap<>();
        parts.put("usage month x class", () -> usage.totals(siteId, FROM.atDay(1), TO.plusMonths(1).atDay(1),
                UsageSource.Grouping.MONTH_GPU_CLASS));
        parts.put("usage month x tenant x class", () -> usage.totals(siteId, FROM.atDay(1), TO.plusMonths(1).atDay(1),
                UsageSource.Grouping.MONTH_TENANT_GPU_CLASS));
        parts.put("depreciation asset by asset (before)", () -> assets.monthlyByDeviceAssetByAsset(FROM, TO,
                io.dcim.procurement.asset.AssetFilter.site(siteId), group, null));
        parts.put("depreciation by lot (after)", () -> assets.monthlyByDevice(FROM, TO,
                io.dcim.procurement.asset.AssetFilter.site(siteId), group, null));
        parts.put("GPU model of every device", () -> db.read(s -> io.dcim.inventory.device.DeviceDirectory.gpuModelNamesInSite(s,
                siteId)));
        parts.put("cabinet leases", () -> db.read(s -> io.dcim.inventory.cabinet.CabinetDirectory.leasesInSite(s, siteId)));
        parts.put("site energy by month", () -> energy.siteMonths(siteId, FROM, TO));
        parts.put("tenants' energy of a month, attributed (before)", () -> {
            forgetTenantMonths(db);
            return energy.tenantItWh(siteId, TO);
        });
        parts.put("tenants' energy of a month, kept (after)", () -> energy.tenantItWh(siteId, TO));
        parts.forEach((name, work) -> {
            double[] t = time(work);
            System.out.printf("  %s:   section %s median %.0f ms wall, %.0f ms CPU%n", kind, name, t[0], t[1]);
        });
    }

    /** Wall and CPU time of the calling thread (H2 runs in it; PostgreSQL's own CPU is not counted), medians. */
    private static double[] time(Supplier<?> work) {
        work.get();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] millis = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        return new double[] {millis[RUNS / 2], cpu[RUNS / 2]};
    }

    private static PriceBook prices(Database db, long siteId, List<Tenant> tenants) {
        PriceBook book = new PriceBook(db);
        if (!book.prices().isEmpty()) {
            return book;
        }
        LocalDate start = FROM.atDay(1);
        String[] card = {"18.0000", "9.5000", "2.8000", "4.2000"};
        for (int i = 0; i < CLASSES.size(); i++) {
            book.createPrice(new PriceInput(CLASSES.get(i), new BigDecimal(card[i]), new BigDecimal("0.0600"), start, null));
        }
        for (int i = 0; i < tenants.size(); i += 2) {
            book.createContract(new ContractInput(tenants.get(i).getId(), BigDecimal.valueOf(5 + i % 15), start, null, null));
        }
        for (int i = 1; i < tenants.size(); i += 3) {
            book.createPackage(new PackageInput(tenants.get(i).getId(), GpuClass.H100_CLASS, 200_000, new BigDecimal("3200000.00"),
                    start, TO.atEndOfMonth()));
        }
        book.createTariff(new TariffInput(siteId, new BigDecimal("0.2620"), start, null));
        return book;
    }

    /**
     * Daily usage rows as the usage import leaves them (usage_day): every day of the 24 months, 4 classes, every
     * tenant, utilization rising from 30 % to 70 % of each class's cards, written once by JDBC batches.
     */
    private static void seedUsage(Database db, long siteId, List<Tenant> tenants) {
        long[] cards = {24_000, 16_000, 12_000, 5_600};
        db.execute(session -> session.doWork(c -> {
            try (var exists = c.prepareStatement("select count(*) from usage_day where site_id = ?")) {
                exists.setLong(1, siteId);
                try (var rs = exists.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
            }
            try (var insert = c.prepareStatement("insert into usage_day (site_id, on_day, gpu_class, tenant_id, card_seconds,"
                    + " core_seconds) values (?, ?, ?, ?, ?, ?)")) {
                LocalDate first = FROM.atDay(1);
                long days = java.time.temporal.ChronoUnit.DAYS.between(first, TO.plusMonths(1).atDay(1));
                for (int d = 0; d < days; d++) {
                    double share = 0.30 + 0.40 * d / (double) days;
                    for (int k = 0; k < CLASSES.size(); k++) {
                        long each = Math.round(cards[k] * 86_400L * share / tenants.size());
                        for (Tenant t : tenants) {
                            insert.setLong(1, siteId);
                            insert.setDate(2, java.sql.Date.valueOf(first.plusDays(d)));
                            insert.setString(3, CLASSES.get(k).name());
                            insert.setLong(4, t.getId());
                            insert.setLong(5, each);
                            insert.setLong(6, each * 12);
                            insert.addBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
        }));
    }

    /** The energy query over the readings' roll-ups (none in the benchmark: electricity reads zero, the query still runs). */
    private static EnergySource energy(Database db) {
        EnergyQueries queries = new EnergyQueries(db, new ReadingStore(db, Clock.systemUTC()), new BigDecimal("1.50"));
        return new EnergySource() {
            @Override
            public List<MonthlyEnergy> siteMonths(long siteId, YearMonth from, YearMonth toInclusive) {
                return queries.siteMonths(siteId, from, toInclusive).stream()
                        .map(e -> new MonthlyEnergy(e.month(), e.itWh(), e.facilityWh())).toList();
            }

            @Override
            public Map<Long, Long> tenantItWh(long siteId, YearMonth month) {
                return queries.tenantItWh(siteId, month);
            }
        };
    }
}
