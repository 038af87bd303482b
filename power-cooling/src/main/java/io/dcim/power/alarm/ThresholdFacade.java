package io.dcim.power.alarm;

import static io.dcim.common.access.Permission.THRESHOLD_EDIT;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.persistence.Database;

/**
 * The alarm-level use cases as every door calls them: overriding a site's or a cabinet's levels and removing an
 * override need {@code threshold.edit}, each in one transaction under the caller's name. The defaults, the
 * overrides of a site and the levels in force are read from {@link ThresholdService}.
 */
public final class ThresholdFacade {

    private final Database db;
    private final ThresholdService thresholds;

    public ThresholdFacade(Database db, ThresholdService thresholds) {
        this.db = db;
        this.thresholds = thresholds;
    }

    /** Creates ({@code expectedVersion} null) or changes the site's levels of a kind. */
    public ThresholdView overrideSite(Caller caller, long siteId, AlarmKind kind, ThresholdSpec spec,
                                     Integer expectedVersion) {
        return UseCase.run(db, caller, THRESHOLD_EDIT,
                session -> thresholds.setForSite(siteId, kind, spec, expectedVersion));
    }

    /** Creates ({@code expectedVersion} null) or changes a cabinet's levels of a kind. */
    public ThresholdView overrideCabinet(Caller caller, long cabinetId, AlarmKind kind, ThresholdSpec spec,
                                        Integer expectedVersion) {
        return UseCase.run(db, caller, THRESHOLD_EDIT,
                session -> thresholds.setForCabinet(cabinetId, kind, spec, expectedVersion));
    }

    /** Removes an override read at {@code expectedVersion}: the inherited levels apply again. */
    public void clear(Caller caller, long overrideId, int expectedVersion) {
        UseCase.perform(db, caller, THRESHOLD_EDIT, session -> thresholds.remove(overrideId, expectedVersion));
    }
}
