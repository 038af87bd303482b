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
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.inventory.site.SiteService;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.procurement.asset.AssetQueries;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.demo.ProcurementDemoLoader;
import io.dcim.testing.BenchScale;
import io.dcim.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A site's economics at full demo scale (4,000 cabinets with their leases, the procurement demo's assets on the
 * books, its outsourced contract): 24 months by month, by GPU class and by tenant, and one tenant's statement,
 * timed warm (median of {@value #RUNS}) on H2 and PostgreSQL. Usage and energy come from in-memory sources shaped
 * like the usage and energy features' answers (4 GPU classes, every demo tenant, 24 months), so the figures are
 * economics' own work: depreciation schedules, leases, contracts, support, pricing and grouping.
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
        try (TestDatabase h2 = TestDatabase.h2()) {
            measure("H2", h2.database());
        }
        if (TestDatabase.postgresReachable()) {
            try (TestDatabase pg = TestDatabase.postgres()) {
                measure("PostgreSQL", pg.database());
            }
        } else {
            System.out.println("  PostgreSQL: SKIPPED, no server at DCIM_TEST_PG_URL");
        }
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

        UsageSource usage = new SyntheticUsage(siteId, tenants);
        EnergySource energy = new SyntheticEnergy(tenants);
        SiteEconomics economics = new SiteEconomics(db, prices, usage, energy, new AssetQueries(db),
                new ContractService(db, clock));
        Statements statements = new Statements(db, prices, economics, energy);
        for (EconomicsGrouping grouping : EconomicsGrouping.values()) {
            EconomicsReport[] last = new EconomicsReport[1];
            double median = time(() -> last[0] = economics.report(siteId, FROM, TO, grouping, WhatIf.NONE));
            System.out.printf("  %s: economics by %s median %.0f ms (%d rows; total revenue %s, costs %s, margin %s %%)%n",
                    kind, grouping.name().toLowerCase(), median, last[0].rows().size(), last[0].total().revenue(),
                    last[0].total().totalCost(), last[0].total().marginPercent());
        }
        TenantStatement[] statement = new TenantStatement[1];
        double median = time(() -> statement[0] = statements.statement(tenants.get(0).getId(), TO));
        System.out.printf("  %s: tenant statement median %.0f ms (%d lines, %s CNY)%n", kind, median,
                statement[0].lines().size(), statement[0].amount());
    }

    private static double time(Supplier<?> work) {
        work.get();
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
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

    /** What the usage feature answers for a full site: utilization rising from 30 % to 70 % over the two years. */
    private static final class SyntheticUsage implements UsageSource {

        private final List<Total> byClass = new ArrayList<>();
        private final List<Total> byTenant = new ArrayList<>();

        SyntheticUsage(long siteId, List<Tenant> tenants) {
            long[] cards = {24_000, 16_000, 12_000, 5_600};
            for (int m = 0; m < 24; m++) {
                YearMonth month = FROM.plusMonths(m);
                double share = 0.30 + 0.40 * m / 23.0;
                for (int c = 0; c < CLASSES.size(); c++) {
                    BigDecimal available = BigDecimal.valueOf(cards[c] * 24L * month.lengthOfMonth());
                    BigDecimal used = BigDecimal.valueOf(Math.round(available.doubleValue() * share));
                    BigDecimal core = used.multiply(BigDecimal.valueOf(12));
                    byClass.add(new Total(month + "|" + CLASSES.get(c).name(), used, core, available));
                    BigDecimal each = BigDecimal.valueOf(Math.round(used.doubleValue() / tenants.size()));
                    for (Tenant t : tenants) {
                        byTenant.add(new Total(month + "|" + t.getId() + "|" + CLASSES.get(c).name(), each,
                                each.multiply(BigDecimal.valueOf(12)), BigDecimal.ZERO));
                    }
                }
            }
        }

        @Override
        public List<Total> totals(long siteId, LocalDate from, LocalDate toExclusive, Grouping grouping) {
            List<Total> source = grouping == Grouping.MONTH_GPU_CLASS ? byClass : byTenant;
            List<Total> out = new ArrayList<>();
            for (Total t : source) {
                LocalDate day = YearMonth.parse(t.key().substring(0, 7)).atDay(1);
                if (!day.isBefore(from) && day.isBefore(toExclusive)) {
                    out.add(t);
                }
            }
            return out;
        }
    }

    /** A 57,600-GPU site's IT energy (about 70 MW) and the tenants' shares. */
    private static final class SyntheticEnergy implements EnergySource {

        private final Map<Long, Long> tenants = new HashMap<>();

        SyntheticEnergy(List<Tenant> all) {
            all.forEach(t -> tenants.put(t.getId(), 1_000_000_000L));
        }

        @Override
        public List<MonthlyEnergy> siteMonths(long siteId, YearMonth from, YearMonth toInclusive) {
            List<MonthlyEnergy> months = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(toInclusive); m = m.plusMonths(1)) {
                months.add(new MonthlyEnergy(m, 70_000_000L * 24 * m.lengthOfMonth(), 0));
            }
            return months;
        }

        @Override
        public Map<Long, Long> tenantItWh(long siteId, YearMonth month) {
            return tenants;
        }
    }
}
