package io.dcim.forecasting.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Every figure below is worked out by hand in {@link SmallSite}'s comment. */
class SiteEconomicsTest {

    private static final YearMonth FEB = YearMonth.of(2025, 2);
    private static final YearMonth MAR = YearMonth.of(2025, 3);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));

    @BothDatabases
    void eachMonthsRevenueCostLinesAndMarginTieToTheFen(Database db) {
        SmallSite site = new SmallSite(db, clock);

        EconomicsReport report = site.economics.report(site.siteId(), FEB, MAR, EconomicsGrouping.MONTH, WhatIf.NONE);

        EconomicsRow feb = report.rows().get(0);
        // A: 1,000 × 20 × 0.9 + 8,000 × 0.05 × 0.9 = 18,360.00; B: 600 from the package × 15.00 = 9,000.00
        assertThat(feb.revenue()).isEqualByComparingTo("27360.00");
        assertThat(feb.costs().depreciation()).isEqualByComparingTo("38316.67");
        assertThat(feb.costs().lease()).isEqualByComparingTo("9800.00");
        assertThat(feb.costs().electricity()).isEqualByComparingTo("2620.00");
        assertThat(feb.costs().outsourced()).isEqualByComparingTo("10000.00");
        assertThat(feb.costs().support()).isEqualByComparingTo("920.55");
        assertThat(feb.totalCost()).isEqualByComparingTo("61657.22");
        assertThat(feb.grossMargin()).isEqualByComparingTo("-34297.22");
        assertThat(feb.marginPercent()).isEqualByComparingTo("-125.36");
        assertThat(feb.cardHoursUsed()).isEqualByComparingTo("1600");
        assertThat(feb.cardHoursAvailable()).isEqualByComparingTo("5376");
        assertThat(feb.utilization()).isEqualByComparingTo("0.2976");
        assertThat(feb.costPerCardHour()).isEqualByComparingTo("38.5358");

        EconomicsRow mar = report.rows().get(1);
        // A: 27,000.00 + 540.00; B: 400 left in the package × 15 = 6,000.00, 300 × 20 = 6,000.00, 1,000 × 0.05 = 50.00
        assertThat(mar.revenue()).isEqualByComparingTo("39590.00");
        assertThat(mar.costs().depreciation()).isEqualByComparingTo("38316.67");
        assertThat(mar.costs().lease()).isEqualByComparingTo("16438.71");
        assertThat(mar.costs().electricity()).isEqualByComparingTo("2882.00");
        assertThat(mar.costs().outsourced()).isEqualByComparingTo("20000.00");
        assertThat(mar.costs().support()).isEqualByComparingTo("1019.18");
        assertThat(mar.totalCost()).isEqualByComparingTo("78656.56");
        assertThat(mar.grossMargin()).isEqualByComparingTo("-39066.56");
        assertThat(mar.utilization()).isEqualByComparingTo("0.3696");

        assertThat(report.total().revenue()).isEqualByComparingTo("66950.00");
        assertThat(report.total().totalCost()).isEqualByComparingTo("140313.78");
        assertThat(report.total().grossMargin()).isEqualByComparingTo("-73363.78");
    }

    @BothDatabases
    void byGpuClassTheSharedCostsGoToTheOnlyClassWithCardsAndItsBreakEvenFollows(Database db) {
        SmallSite site = new SmallSite(db, clock);

        EconomicsReport report = site.economics.report(site.siteId(), FEB, MAR, EconomicsGrouping.GPU_CLASS, WhatIf.NONE);

        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("H100_CLASS");
            assertThat(row.revenue()).isEqualByComparingTo("66950.00");
            assertThat(row.totalCost()).isEqualByComparingTo("140313.78");
        });
        // 66,950 / 3,800 = 17.6184 an hour used; 140,313.78 / (11,328 × 17.6184) = 0.7030
        assertThat(report.breakEven()).singleElement().satisfies(b -> {
            assertThat(b.gpuClass()).isEqualTo(GpuClass.H100_CLASS);
            assertThat(b.revenuePerCardHour()).isEqualByComparingTo("17.6184");
            assertThat(b.breakEvenUtilization()).isEqualByComparingTo("0.7030");
        });
    }

    @BothDatabases
    void byTenantRevenueIsEachTenantsAndTheUnusedHoursCostsAreIdle(Database db) {
        SmallSite site = new SmallSite(db, clock);

        EconomicsReport report = site.economics.report(site.siteId(), FEB, MAR, EconomicsGrouping.TENANT, WhatIf.NONE);

        assertThat(report.rows()).extracting(EconomicsRow::label)
                .containsExactly("Northern University AI Lab", "Model Startup Ltd", "IDLE");
        assertThat(report.rows().get(0).revenue()).isEqualByComparingTo("45900.00");
        assertThat(report.rows().get(1).revenue()).isEqualByComparingTo("21050.00");
        // February's 61,657.22 shared 1,000 : 600 : 3,776 by card-hours, March's 78,656.56 1,500 : 700 : 3,752
        BigDecimal allocated = report.rows().stream().map(EconomicsRow::totalCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(allocated).isEqualByComparingTo("140313.78");
        assertThat(report.rows().get(2).cardHoursUsed()).isZero();
    }

    @BothDatabases
    void whatIfsChangeTheFiguresAndNothingElse(Database db) {
        SmallSite site = new SmallSite(db, clock);

        // Servers over 48 months: 2,185,000 / 48 = 45,520.83, the switch (network) unchanged at 1,900.00.
        EconomicsRow shorter = site.economics.report(site.siteId(), FEB, FEB, EconomicsGrouping.MONTH,
                new WhatIf(new WhatIf.Life(AssetClass.SERVER, 48), null, null)).rows().get(0);
        assertThat(shorter.costs().depreciation()).isEqualByComparingTo("47420.83");
        // 25.00 an hour in March: A 1,500 × 25 × 0.9 + 540 = 34,290.00; B 6,000 + 300 × 25 + 50 = 13,550.00
        EconomicsRow dearer = site.economics.report(site.siteId(), MAR, MAR, EconomicsGrouping.MONTH,
                new WhatIf(null, new WhatIf.CardHourPrice(null, new BigDecimal("25")), null)).rows().get(0);
        assertThat(dearer.revenue()).isEqualByComparingTo("47840.00");
        // Half the cards used in March: 2,976 card-hours, the tenants' hours × 2,976 / 2,200 (see the note in README)
        EconomicsRow half = site.economics.report(site.siteId(), MAR, MAR, EconomicsGrouping.MONTH,
                new WhatIf(null, null, new BigDecimal("0.5"))).rows().get(0);
        assertThat(half.cardHoursUsed()).isEqualByComparingTo("2976");
        assertThat(half.utilization()).isEqualByComparingTo("0.5000");
        assertThat(half.revenue()).isEqualByComparingTo("54259.93");

        EconomicsRow asIs = site.economics.report(site.siteId(), FEB, FEB, EconomicsGrouping.MONTH, WhatIf.NONE).rows().get(0);
        assertThat(asIs.costs().depreciation()).isEqualByComparingTo("38316.67");
    }

    @BothDatabases
    void aTenantsStatementListsItsHoursPricesPackageAndEnergy(Database db) {
        SmallSite site = new SmallSite(db, clock);

        TenantStatement statement = site.statements.statement(site.b.getId(), MAR);

        assertThat(statement.tenantName()).isEqualTo("Model Startup Ltd");
        assertThat(statement.lines()).singleElement().satisfies(line -> {
            assertThat(line.siteName()).isEqualTo("Test IDC");
            RevenueLine r = line.revenue();
            assertThat(r.cardHours()).isEqualByComparingTo("700");
            assertThat(r.coreHours()).isEqualByComparingTo("1000");
            assertThat(r.packageCardHours()).isEqualByComparingTo("400");
            assertThat(r.packageAmount()).isEqualByComparingTo("6000.00");
            assertThat(r.cardAmount()).isEqualByComparingTo("6000.00");
            assertThat(r.coreAmount()).isEqualByComparingTo("50.00");
        });
        assertThat(statement.amount()).isEqualByComparingTo("12050.00");
        assertThat(statement.energyKwh()).isEqualByComparingTo("2500.000");
    }

    @BothDatabases
    void pricesThatOverlapOrRunBackwardsAreRefusedNamingTheField(Database db) {
        SmallSite site = new SmallSite(db, clock);

        assertThatThrownBy(() -> site.prices.createPrice(new PriceInput(GpuClass.H100_CLASS, new BigDecimal("18"),
                BigDecimal.ZERO, LocalDate.of(2026, 1, 1), null)))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("validFrom:");
        assertThatThrownBy(() -> site.prices.createTariff(new TariffInput(site.siteId(), new BigDecimal("0.3"),
                LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 1))))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("validTo:");
        assertThatThrownBy(() -> site.prices.createContract(new ContractInput(site.a.getId(), new BigDecimal("120"),
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("discountPercent:");
        assertThatThrownBy(() -> site.economics.report(site.siteId(), MAR, FEB, EconomicsGrouping.MONTH, WhatIf.NONE))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("to:");

        GpuClassPrice price = site.prices.prices().get(0);
        GpuClassPrice edited = site.prices.editPrice(price.getId(), price.getVersion(), new PriceInput(GpuClass.H100_CLASS,
                new BigDecimal("21"), new BigDecimal("0.05"), LocalDate.of(2025, 1, 1), null));
        assertThat(edited.getCardHourPrice()).isEqualByComparingTo("21");
        assertThat(List.of(edited.getVersion())).containsExactly(price.getVersion() + 1);
    }
}
