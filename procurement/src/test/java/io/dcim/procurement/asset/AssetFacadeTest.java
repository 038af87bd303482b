package io.dcim.procurement.asset;

import static io.dcim.common.access.Permission.ASSET_MANAGE;
import static io.dcim.common.access.Permission.EXPORT_DEPRECIATION;
import static io.dcim.common.access.Permission.FINANCE_VIEW;
import static io.dcim.common.access.Permission.PURCHASE_RECEIVE;
import static io.dcim.common.access.Permission.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.NotPermittedException;
import io.dcim.procurement.depreciation.DisposalResult;
import io.dcim.procurement.depreciation.TermsChange;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Changes to the books need asset.manage, whichever door asks; receiving equipment is not enough. */
class AssetFacadeTest {

    private static final Caller FINANCE = Caller.of("ana", READ, FINANCE_VIEW, EXPORT_DEPRECIATION, ASSET_MANAGE);

    @BothDatabases
    void withoutAssetManageTheBooksDoNotChange(ProcurementFixture f) {
        FixedAsset asset = f.asset(AssetClass.SERVER, "120000.00", LocalDate.of(2024, 1, 10), f.siteId(), null);
        AssetFacade facade = new AssetFacade(f.assets);
        Caller ops = Caller.of("ops-dave", READ, PURCHASE_RECEIVE);
        long supplierId = f.supplier("Support Co").getId();

        List<ThrowingCallable> refused = List.of(
                () -> facade.edit(ops, asset.getId(), asset.getVersion(), new AssetEdit("renamed", asset.getInServiceDate(),
                        "CC-X", null, null)),
                () -> facade.setSupport(ops, asset.getId(), asset.getVersion(), new SupportContract(supplierId,
                        LocalDate.of(2024, 2, 1), 12, new BigDecimal("1000.00"))),
                () -> facade.changeTerms(ops, asset.getId(), asset.getVersion(), TermsChange.usefulLife(YearMonth.of(2024, 4), 36),
                        "GPUs age faster"),
                () -> facade.dispose(ops, asset.getId(), asset.getVersion(), LocalDate.of(2024, 2, 20), BigDecimal.ZERO));
        for (ThrowingCallable call : refused) {
            assertThatThrownBy(call).isInstanceOfSatisfying(NotPermittedException.class,
                    e -> assertThat(e.missing()).isEqualTo(ASSET_MANAGE));
        }
        FixedAsset unchanged = f.assets.find(asset.getId());
        assertThat(unchanged.getVersion()).isEqualTo(asset.getVersion());
        assertThat(unchanged.isDisposed()).isFalse();
        assertThat(f.assets.changes(asset.getId())).isEmpty();
    }

    @BothDatabases
    void financeChangesTheEstimateAndDisposesUnderTheirOwnName(ProcurementFixture f) {
        FixedAsset asset = f.asset(AssetClass.SERVER, "120000.00", LocalDate.of(2024, 1, 10), f.siteId(), null);
        AssetFacade facade = new AssetFacade(f.assets);

        facade.changeTerms(FINANCE, asset.getId(), asset.getVersion(), TermsChange.usefulLife(YearMonth.of(2024, 4), 36),
                "GPUs age faster");
        assertThat(f.assets.changes(asset.getId())).singleElement().satisfies(c -> {
            assertThat(c.getActor()).isEqualTo("ana");
            assertThat(c.getUsefulLifeMonths()).isEqualTo(36);
        });

        f.clock.advance(Duration.ofDays(130)); // 2024-07-09
        DisposalResult result = facade.dispose(FINANCE, asset.getId(), f.assets.find(asset.getId()).getVersion(),
                LocalDate.of(2024, 6, 15), new BigDecimal("100000.00"));
        assertThat(result.proceeds()).isEqualByComparingTo("100000.00");
        assertThat(f.assets.find(asset.getId()).getDisposedOn()).isEqualTo(LocalDate.of(2024, 6, 15));
    }
}
