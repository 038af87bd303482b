package io.dcim.forecasting.economics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.testing.RealUsage;
import io.dcim.forecasting.usage.UsageDemo;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.inventory.site.SiteService;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.procurement.asset.AssetQueries;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.demo.ProcurementDemoLoader;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The demo's margin curve, printed for the README ("The demo's margin beside the operator's"): the small demo site,
 * the published purchase record on the books (the procurement demo), {@link UsageDemo}'s usage and
 * {@link EconomicsDemo}'s prices, by half-year and by quarter; electricity reads zero here (no energy readings in
 * this module). The story: margin falls as the 2023-2024 purchases depreciate under lower utilization, then recovers
 * as utilization rises.
 */
class DemoEconomicsTest {

    private static final YearMonth FROM = YearMonth.of(2024, 1);
    private static final YearMonth TO = YearMonth.of(2026, 6);

    @BothDatabases
    void theDemosMarginFallsWhileThePurchasesDepreciateUnderLowerUseThenRecovers(Database db) {
        new DemoSiteLoader(db, new CatalogService(db)).seedIfEmpty(DemoScale.SMALL);
        new ProcurementDemoLoader(db).seedIfEmpty(DemoScale.SMALL);
        long siteId = new SiteService(db).sites().get(0).getId();
        List<Long> tenants = new TenantService(db).tenants().stream().map(t -> t.getId()).toList();
        new UsageDemo(db).seed(siteId, tenants, TO.plusMonths(1).atDay(1));
        PriceBook prices = new PriceBook(db);
        new EconomicsDemo(prices).seedIfEmpty(List.of(siteId), tenants);
        SiteEconomics economics = new SiteEconomics(db, prices, RealUsage.of(db), EnergySource.NONE,
                new AssetQueries(db), new ContractService(db, Clock.systemUTC()));

        List<EconomicsRow> months = economics.report(siteId, FROM, TO, EconomicsGrouping.MONTH, WhatIf.NONE).rows();

        Map<String, BigDecimal> halves = print("half-year", months, 6);
        print("quarter", months, 3);
        // 2024H1 (few purchases on the books yet), then the trough, then the recovery
        assertThat(halves.get("2024H2")).isLessThan(halves.get("2024H1").subtract(BigDecimal.valueOf(30)));
        assertThat(halves.get("2025H1")).isLessThan(halves.get("2024H1"));
        assertThat(halves.get("2025H2")).isGreaterThan(halves.get("2025H1").add(BigDecimal.valueOf(5)));
        assertThat(halves.get("2026H1")).isGreaterThan(halves.get("2025H1"));
    }

    /** Prints the months added up by periods of {@code size} months; answers each period's gross margin %. */
    private static Map<String, BigDecimal> print(String name, List<EconomicsRow> months, int size) {
        Map<String, BigDecimal> margins = new LinkedHashMap<>();
        System.out.println("demo economics by " + name + ": revenue | depreciation | lease | outsourced | support |"
                + " total cost | gross margin % | utilization (electricity not included)");
        for (int i = 0; i + size <= months.size(); i += size) {
            List<EconomicsRow> period = months.subList(i, i + size);
            YearMonth first = YearMonth.parse(period.get(0).key());
            String label = first.getYear() + (size == 6 ? "H" + ((first.getMonthValue() - 1) / 6 + 1)
                    : "Q" + ((first.getMonthValue() - 1) / 3 + 1));
            BigDecimal revenue = sum(period, EconomicsRow::revenue);
            BigDecimal cost = sum(period, EconomicsRow::totalCost);
            BigDecimal margin = revenue.subtract(cost).multiply(BigDecimal.valueOf(100)).divide(revenue, 1,
                    RoundingMode.HALF_UP);
            margins.put(label, margin);
            System.out.printf("  %s | %s | %s | %s | %s | %s | %s | %s %% | %s%n", label, revenue,
                    sum(period, r -> r.costs().depreciation()), sum(period, r -> r.costs().lease()),
                    sum(period, r -> r.costs().outsourced()), sum(period, r -> r.costs().support()), cost, margin,
                    sum(period, EconomicsRow::cardHoursUsed).divide(sum(period, EconomicsRow::cardHoursAvailable), 3,
                            RoundingMode.HALF_UP));
        }
        return margins;
    }

    private static BigDecimal sum(List<EconomicsRow> rows, Function<EconomicsRow, BigDecimal> f) {
        return rows.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
