package io.dcim.procurement.asset;

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
}
