package io.dcim.procurement.asset;

import static io.dcim.common.access.Permission.ASSET_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import io.dcim.procurement.depreciation.DisposalResult;
import io.dcim.procurement.depreciation.TermsChange;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Changes to the fixed-asset register as every door makes them: corrections, support
 * contracts, prospective changes of life or residual rate, and disposals. They change the books,
 * not the equipment, so they need {@code asset.manage} (finance's, not ops'); each is recorded
 * under the caller's name. Putting received units on the books is receiving's
 * ({@code purchase.receive}), inside its own transaction.
 */
public final class AssetFacade {

    private final AssetService assets;

    public AssetFacade(AssetService assets) {
        this.assets = assets;
    }

    public FixedAsset edit(Caller caller, long id, int expectedVersion, AssetEdit edit) {
        return UseCase.call(caller, ASSET_MANAGE, () -> assets.edit(id, expectedVersion, edit, caller.username()));
    }

    /** Sets, or with {@code null} clears, the asset's support contract. */
    public FixedAsset setSupport(Caller caller, long id, int expectedVersion, SupportContract support) {
        return UseCase.call(caller, ASSET_MANAGE, () -> assets.setSupport(id, expectedVersion, support, caller.username()));
    }

    /** A change of estimate from a month on; {@code reason} is kept with it. */
    public DepreciationSchedule changeTerms(Caller caller, long id, int expectedVersion, TermsChange change, String reason) {
        return UseCase.call(caller, ASSET_MANAGE,
                () -> assets.changeTerms(id, expectedVersion, change, reason, caller.username()));
    }

    /** The gain or loss a disposal would give, for the form that asks before it is done: nothing is written. */
    public DisposalResult previewDisposal(Caller caller, long id, LocalDate disposedOn, BigDecimal proceeds) {
        caller.require(io.dcim.common.access.Permission.FINANCE_VIEW);
        return assets.previewDisposal(id, disposedOn, proceeds);
    }

    /** The asset's schedule as it stands, with its estimate changes and disposal (what the forms show beside them). */
    public DepreciationSchedule schedule(Caller caller, long id) {
        caller.require(io.dcim.common.access.Permission.READ);
        return assets.schedule(id);
    }

    public FixedAsset asset(Caller caller, long id) {
        caller.require(io.dcim.common.access.Permission.READ);
        return assets.find(id);
    }

    public DisposalResult dispose(Caller caller, long id, int expectedVersion, LocalDate disposedOn, BigDecimal proceeds) {
        return UseCase.call(caller, ASSET_MANAGE,
                () -> assets.dispose(id, expectedVersion, disposedOn, proceeds, caller.username()));
    }
}
