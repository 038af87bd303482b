package io.dcim.inventory.fabric;

import static io.dcim.common.access.Permission.CABLE_EDIT;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.port.DevicePorts;
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

    /** A catalog switch model's radix and speed, for a plan built on it; {@code field} is named when it is no switch. */
    public FabricSwitch switchOf(Caller caller, long modelId, String field) {
        caller.require(READ);
        return db.read(session -> {
            DeviceModel model = Lookup.referenced(session, DeviceModel.class, modelId, field, "device model");
            if (model.getKind() != DeviceKind.NETWORK_SWITCH) {
                throw new InvalidValueException(field, Message.of("inventory.fabric.notASwitch", model.getDisplayName()));
            }
            return FabricSwitch.of(modelId, model.getDisplayName(), DevicePorts.templatesOf(session, modelId), field);
        });
    }

    /** The catalog's switch models that can carry a fabric, for a form to offer. */
    public List<FabricSwitch> switches(Caller caller) {
        caller.require(READ);
        return db.read(session -> session.createQuery("from DeviceModel m where m.kind = :k order by m.manufacturer, m.model",
                DeviceModel.class).setParameter("k", DeviceKind.NETWORK_SWITCH).getResultList().stream()
                .map(m -> {
                    try {
                        return FabricSwitch.of(m.getId(), m.getDisplayName(), DevicePorts.templatesOf(session, m.getId()),
                                "switchModelId");
                    } catch (InvalidValueException e) {
                        return null;
                    }
                }).filter(java.util.Objects::nonNull).toList());
    }

    /** Writes the plan's links as PLANNED cables, all or none; returns how many. */
    public int writePlanned(Caller caller, FabricRequest request, FabricDevices devices, String labelPrefix) {
        return UseCase.run(db, caller, CABLE_EDIT, session -> {
            List<Cable> written = wiring.writePlanned(request, devices, labelPrefix);
            return written.size();
        });
    }
}
