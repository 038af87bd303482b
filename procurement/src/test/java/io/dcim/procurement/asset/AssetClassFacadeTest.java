package io.dcim.procurement.asset;

import static io.dcim.common.access.Permission.ASSETCLASS_MANAGE;
import static io.dcim.common.access.Permission.ASSET_MANAGE;
import static io.dcim.common.access.Permission.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.depreciation.StartConvention;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** Finance sets the terms a class gives new assets; the assets already on the books keep theirs. */
class AssetClassFacadeTest {

    private static final Caller ANALYST = Caller.of("fin-erin", READ, ASSET_MANAGE, ASSETCLASS_MANAGE);
    private static final Caller MANAGER = Caller.of("mgr-bob", READ, ASSET_MANAGE);
    private static final ClassTerms DDB_FOUR_YEARS = new ClassTerms(DepreciationMethod.DOUBLE_DECLINING_BALANCE, 48,
            new BigDecimal("0.03"), StartConvention.SAME_MONTH);

    @BothDatabases
    void theClassesStartWithTheTermsTheCodeUsedToGiveEveryAsset(Database db) {
        AssetClassFacade facade = new AssetClassFacade(new AssetClassService(db));

        assertThat(facade.classes(MANAGER)).extracting(c -> c.assetClass() + " " + c.terms().method() + " "
                        + c.terms().usefulLifeMonths() + " " + c.terms().residualRate() + " " + c.terms().convention())
                .containsExactly("SERVER STRAIGHT_LINE 60 0.0500 NEXT_MONTH", "NETWORK STRAIGHT_LINE 60 0.0500 NEXT_MONTH",
                        "STORAGE STRAIGHT_LINE 60 0.0500 NEXT_MONTH", "POWER_COOLING STRAIGHT_LINE 120 0.0500 NEXT_MONTH");
    }

    @BothDatabases
    void aChangeGivesItsTermsToAssetsPutOnTheBooksAfterItAndLeavesThoseAlreadyThere(Database db, ProcurementFixture f) {
        AssetClassFacade facade = new AssetClassFacade(new AssetClassService(db));
        FixedAsset before = f.asset(AssetClass.SERVER, "100000.00", LocalDate.of(2024, 2, 10), f.siteId(), null);
        AssetClassView server = facade.assetClass(ANALYST, AssetClass.SERVER);
        assertThat(server.assetsOnBooks()).isEqualTo(1);

        AssetClassView changed = facade.edit(ANALYST, AssetClass.SERVER, server.version(), DDB_FOUR_YEARS);
        FixedAsset after = f.asset(AssetClass.SERVER, "100000.00", LocalDate.of(2024, 3, 10), f.siteId(), null);

        assertThat(changed.version()).isEqualTo(server.version() + 1);
        assertThat(after.terms()).satisfies(t -> {
            assertThat(t.method()).isEqualTo(DepreciationMethod.DOUBLE_DECLINING_BALANCE);
            assertThat(t.usefulLifeMonths()).isEqualTo(48);
            assertThat(t.residualRate()).isEqualByComparingTo("0.03");
            assertThat(t.convention()).isEqualTo(StartConvention.SAME_MONTH);
        });
        FixedAsset kept = f.assets.find(before.getId());
        assertThat(kept.getMethod()).isEqualTo(DepreciationMethod.STRAIGHT_LINE);
        assertThat(kept.getUsefulLifeMonths()).isEqualTo(60);
        assertThat(facade.assetClass(MANAGER, AssetClass.NETWORK).terms().usefulLifeMonths()).isEqualTo(60);
    }

    @BothDatabases
    void onlyFinanceChangesAClassAndAStaleOrBadChangeIsRefusedNamingItsField(Database db) {
        AssetClassFacade facade = new AssetClassFacade(new AssetClassService(db));
        int version = facade.assetClass(MANAGER, AssetClass.STORAGE).version();

        assertThatThrownBy(() -> facade.edit(MANAGER, AssetClass.STORAGE, version, DDB_FOUR_YEARS))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.missing()).isEqualTo(ASSETCLASS_MANAGE));
        assertThatThrownBy(() -> facade.edit(ANALYST, AssetClass.STORAGE, version, new ClassTerms(
                DepreciationMethod.SUM_OF_YEARS_DIGITS, 50, new BigDecimal("0.05"), StartConvention.NEXT_MONTH)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("usefulLifeMonths"));
        assertThatThrownBy(() -> facade.edit(ANALYST, AssetClass.STORAGE, version, new ClassTerms(
                DepreciationMethod.STRAIGHT_LINE, 60, new BigDecimal("0.05125"), StartConvention.NEXT_MONTH)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("residualRate");
                    assertThat(e.reason(Locale.ROOT)).isEqualTo("at most 4 decimals (5.25% is 0.0525), was 0.05125");
                });
        assertThatThrownBy(() -> facade.edit(ANALYST, AssetClass.STORAGE, version, new ClassTerms(
                DepreciationMethod.STRAIGHT_LINE, 60, new BigDecimal("0.05"), null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("convention"));

        facade.edit(ANALYST, AssetClass.STORAGE, version, DDB_FOUR_YEARS);
        assertThatThrownBy(() -> facade.edit(ANALYST, AssetClass.STORAGE, version, DDB_FOUR_YEARS))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason(Locale.SIMPLIFIED_CHINESE))
                        .contains("资产类别 存储设备"));
    }
}
