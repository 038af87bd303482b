package io.dcim.inventory.fabric;

import static io.dcim.common.access.Permission.CABLE_EDIT;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cable.Cable;
import io.dcim.inventory.cable.CableService;
import java.util.List;

/**
 * Fabric planning as the doors call it. Sizing and costing a plan changes nothing, so anyone who
 * reads may do it ({@code read}); writing a plan as PLANNED cables onto devices needs
 * {@code cable.edit} and runs in one transaction under the caller's name.
 */
public final class FabricFacade {

    private final Database db;
    private final FabricWiring wiring;

    public FabricFacade(Database db, CableService cables) {
        this.db = db;
        this.wiring = new FabricWiring(db, cables);
    }

    /** The plan at the shipped prices for the request's port speed. */
    public FabricPlan plan(Caller caller, FabricRequest request) {
        caller.require(READ);
        return new FabricPlanner(FabricPrices.shipped(request.portSpeedGbps())).plan(request);
    }

    /** Writes the plan's links as PLANNED cables, all or none; returns how many. */
    public int writePlanned(Caller caller, FabricRequest request, FabricDevices devices, String labelPrefix) {
        return UseCase.run(db, caller, CABLE_EDIT, session -> {
            List<Cable> written = wiring.writePlanned(request, devices, labelPrefix);
            return written.size();
        });
    }
}
