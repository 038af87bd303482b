package io.dcim.procurement.asset;

import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import io.dcim.procurement.depreciation.DisposalResult;
import io.dcim.procurement.depreciation.TermsChange;
import io.dcim.procurement.supplier.Supplier;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

class AssetServiceTest {

    @BothDatabases
    void anAssetDepreciatesStraightLineUnderItsClassDefaultsFromTheNextMonth(ProcurementFixture f) {
        FixedAsset asset = f.asset(AssetClass.SERVER, "100000.00", LocalDate.of(2024, 3, 15), f.siteId(), "CC-AI");

        DepreciationSchedule schedule = f.assets.schedule(asset.getId());

        assertThat(schedule.firstMonth()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(schedule.periods()).hasSize(60);
        assertThat(schedule.depreciationFor(YearMonth.of(2024, 4))).isEqualByComparingTo("1583.33");
        assertThat(schedule.totalDepreciation()).isEqualByComparingTo("95000.00");
        assertThat(schedule.netBookValueAt(YearMonth.of(2029, 3))).isEqualByComparingTo("5000.00");
    }

    @BothDatabases
    void whenVatIsNotDeductibleTheAssetCostsTheGrossPrice(Database db) {
        ProcurementFixture f = new ProcurementFixture(db, VatPolicy.NOT_DEDUCTIBLE);

        FixedAsset asset = f.asset(AssetClass.NETWORK, "100000.01", LocalDate.of(2024, 3, 15), f.siteId(), null);

        assertThat(asset.getCost()).isEqualByComparingTo("113000.01");
        assertThat(asset.getUsefulLifeMonths()).isEqualTo(60);
        assertThat(f.assets.find(asset.getId()).getCost()).isEqualByComparingTo("113000.01");
    }

    @BothDatabases
    void disposalEndsTheScheduleInItsMonthAndReportsTheGainOrLoss(ProcurementFixture f) {
        FixedAsset asset = f.asset(AssetClass.SERVER, "120000.00", LocalDate.of(2024, 1, 10), f.siteId(), null);
        f.clock.advance(Duration.ofDays(130)); // 2024-07-09

        assertThatThrownBy(() -> f.assets.dispose(asset.getId(), asset.getVersion(), LocalDate.of(2024, 8, 1),
                BigDecimal.ZERO, MANAGER_1)).isInstanceOf(InvalidValueException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> f.assets.dispose(asset.getId(), asset.getVersion(), LocalDate.of(2023, 12, 31),
                BigDecimal.ZERO, MANAGER_1)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("disposedOn:");
        DisposalResult result = f.assets.dispose(asset.getId(), asset.getVersion(), LocalDate.of(2024, 6, 15),
                new BigDecimal("100000.00"), MANAGER_1);

        assertThat(result.accumulatedDepreciation()).as("February to June at 1,900.00").isEqualByComparingTo("9500.00");
        assertThat(result.netBookValue()).isEqualByComparingTo("110500.00");
        assertThat(result.gainOrLoss()).isEqualByComparingTo("-10500.00");
        DepreciationSchedule schedule = f.assets.schedule(asset.getId());
        assertThat(schedule.periods()).hasSize(5);
        assertThat(schedule.netBookValueAt(YearMonth.of(2024, 7))).as("off the books").isEqualByComparingTo("0");
        FixedAsset disposed = f.assets.find(asset.getId());
        assertThatThrownBy(() -> f.assets.dispose(asset.getId(), disposed.getVersion(), LocalDate.of(2024, 6, 20),
                BigDecimal.ZERO, MANAGER_1)).isInstanceOf(ConflictException.class).hasMessageContaining("already disposed");
    }

    @BothDatabases
    void lifeAndResidualChangeOnlyFromNowOn(ProcurementFixture f) {
        FixedAsset asset = f.asset(AssetClass.SERVER, "120000.00", LocalDate.of(2024, 1, 10), f.siteId(), null);

        assertThatThrownBy(() -> f.assets.changeTerms(asset.getId(), asset.getVersion(),
                TermsChange.usefulLife(YearMonth.of(2024, 2), 36), "GPUs age faster", MANAGER_1))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("effectiveMonth:");
        assertThatThrownBy(() -> f.assets.changeTerms(asset.getId(), asset.getVersion(),
                TermsChange.usefulLife(YearMonth.of(2024, 4), 36), " ", MANAGER_1))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("reason:");

        DepreciationSchedule schedule = f.assets.changeTerms(asset.getId(), asset.getVersion(),
                TermsChange.usefulLife(YearMonth.of(2024, 4), 36), "GPUs age faster", MANAGER_1);

        assertThat(schedule.depreciationFor(YearMonth.of(2024, 3))).isEqualByComparingTo("1900.00");
        assertThat(schedule.depreciationFor(YearMonth.of(2024, 4))).as("110,200.00 left over 34 months")
                .isEqualByComparingTo("3241.18");
        assertThat(schedule.periods()).hasSize(36);
        assertThat(schedule.totalDepreciation()).isEqualByComparingTo("114000.00");
        assertThat(f.assets.schedule(asset.getId()).periods()).isEqualTo(schedule.periods());
        assertThat(f.assets.changes(asset.getId())).singleElement().satisfies(c -> {
            assertThat(c.getActor()).isEqualTo(MANAGER_1);
            assertThat(c.getReason()).isEqualTo("GPUs age faster");
        });
        FixedAsset changed = f.assets.find(asset.getId());
        assertThatThrownBy(() -> f.assets.changeTerms(asset.getId(), changed.getVersion(),
                TermsChange.residualRate(YearMonth.of(2024, 4), new BigDecimal("0.10")), "and residual", MANAGER_1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("combine");
    }

    @BothDatabases
    void warrantiesAndSupportEndingSoonAreListedButNotThoseOfDisposedAssets(ProcurementFixture f) {
        LocalDate today = f.today();
        Supplier support = f.supplier("H3C Services");
        FixedAsset soon = withWarranty(f, today.plusDays(10));
        withWarranty(f, today.plusDays(40));
        withWarranty(f, today.minusDays(1));
        FixedAsset supported = f.asset(AssetClass.SERVER, "1000.00", LocalDate.of(2022, 1, 1), f.siteId(), null);
        FixedAsset withSupport = f.assets.setSupport(supported.getId(), supported.getVersion(),
                new SupportContract(support.getId(), LocalDate.of(2022, 3, 21), 24, new BigDecimal("8000.00")), MANAGER_1);
        assertThat(withSupport.getSupportEnd()).isEqualTo(LocalDate.of(2024, 3, 20));
        FixedAsset gone = withWarranty(f, today.plusDays(5));
        f.assets.dispose(gone.getId(), gone.getVersion(), today, BigDecimal.ZERO, MANAGER_1);

        var expiring = f.assets.expiring(30, PageRequest.first(10, null));

        assertThat(expiring.items()).extracting(ExpiringCoverage::assetId).containsExactly(soon.getId(), supported.getId());
        assertThat(expiring.items().get(1).supportSupplier()).isEqualTo("H3C Services");
        assertThatThrownBy(() -> f.assets.expiring(-1, PageRequest.first(10, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("withinDays:");
    }

    @BothDatabases
    void theMethodIsChosenBeforeTheFirstMonthIsBooked(ProcurementFixture f) {
        FixedAsset fresh = f.asset(AssetClass.SERVER, "120000.00", LocalDate.of(2024, 3, 15), f.siteId(), null);
        FixedAsset started = f.asset(AssetClass.SERVER, "120000.00", LocalDate.of(2024, 1, 10), f.siteId(), null);

        FixedAsset ddb = f.assets.edit(fresh.getId(), fresh.getVersion(), new AssetEdit("GPU server", fresh.getInServiceDate(),
                "CC-AI", null, DepreciationMethod.DOUBLE_DECLINING_BALANCE), MANAGER_1);

        assertThat(ddb.getMethod()).isEqualTo(DepreciationMethod.DOUBLE_DECLINING_BALANCE);
        assertThat(f.assets.schedule(fresh.getId()).depreciationFor(YearMonth.of(2024, 4))).as("120,000 × 2/5 / 12")
                .isEqualByComparingTo("4000.00");
        assertThatThrownBy(() -> f.assets.edit(started.getId(), started.getVersion(), new AssetEdit(null,
                started.getInServiceDate(), null, null, DepreciationMethod.SUM_OF_YEARS_DIGITS), MANAGER_1))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("method:")
                .hasMessageContaining("since Feb 2024");
    }

    @BothDatabases
    void aDeviceGoesOnTheBooksOnce(ProcurementFixture f) {
        FixedAsset asset = f.asset(AssetClass.SERVER, "1000.00", LocalDate.of(2024, 1, 1), f.siteId(), null);

        assertThatThrownBy(() -> f.assets.register(new NewAsset(asset.getDeviceId(), "OTHER-TAG", null, AssetClass.SERVER,
                BigDecimal.TEN, BigDecimal.ZERO, LocalDate.of(2024, 1, 1), null, null, null, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("deviceId:");
        assertThat(f.assets.page(AssetFilter.site(f.siteId()), PageRequest.first(10, null)).items()).singleElement()
                .satisfies(s -> assertThat(s.siteName()).isEqualTo("Test IDC"));
    }

    private static FixedAsset withWarranty(ProcurementFixture f, LocalDate end) {
        FixedAsset asset = f.asset(AssetClass.SERVER, "1000.00", LocalDate.of(2022, 1, 1), f.siteId(), null);
        return f.assets.edit(asset.getId(), asset.getVersion(), new AssetEdit(asset.getDescription(),
                asset.getInServiceDate(), null, end, null), MANAGER_1);
    }
}
