package io.dcim.procurement.asset;

import io.dcim.procurement.depreciation.AssetTerms;
import io.dcim.procurement.depreciation.DepreciationCalculator;
import io.dcim.procurement.depreciation.DepreciationEvent;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import io.dcim.procurement.depreciation.Disposal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** An asset's schedule: its terms and everything that happened to it, through the depreciation engine. */
final class AssetSchedules {

    private static final DepreciationCalculator CALCULATOR = new DepreciationCalculator();

    private AssetSchedules() {
    }

    static DepreciationSchedule of(FixedAsset asset, List<AssetChange> changes) {
        List<DepreciationEvent> events = new ArrayList<>();
        changes.forEach(c -> events.add(c.toEvent()));
        if (asset.getDisposedOn() != null) {
            events.add(new Disposal(YearMonth.from(asset.getDisposedOn()), asset.getDisposalProceeds()));
        }
        return CALCULATOR.schedule(asset.terms(), events);
    }

    /**
     * The schedule the asset would have had with another useful life from the start (a what-if: nothing is
     * written). Recorded estimate changes are left out, since they were decided against the real life; a
     * disposal still ends it. Methods that need whole years round the life up to one.
     */
    static DepreciationSchedule withLife(FixedAsset asset, int usefulLifeMonths) {
        AssetTerms terms = withLife(asset.terms(), usefulLifeMonths);
        List<DepreciationEvent> events = new ArrayList<>();
        if (asset.getDisposedOn() != null) {
            events.add(new Disposal(YearMonth.from(asset.getDisposedOn()), asset.getDisposalProceeds()));
        }
        return CALCULATOR.schedule(terms, events);
    }

    /** The terms with another useful life, rounded up to whole years for the methods that need them. */
    static AssetTerms withLife(AssetTerms real, int usefulLifeMonths) {
        int life = real.method().needsWholeYears() ? (usefulLifeMonths + 11) / 12 * 12 : usefulLifeMonths;
        return new AssetTerms(real.cost(), real.residualRate(), life, real.method(), real.inServiceDate(), real.convention());
    }
}
