package io.dcim.inventory.fabric;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cable.Cable;
import io.dcim.inventory.cable.CableService;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.NewCable;
import java.util.List;

/**
 * Lays a plan onto chosen devices as PLANNED cables: the plan's links in its own order (server
 * NIC i to the rail-i leaf of its unit, leaf uplinks to spines, spine uplinks to super-spines),
 * each endpoint's port n being the device's n-th fabric port (active ports of the plan's speed,
 * in port order). The cable type follows the link's length class (DAC, AOC, else MMF between
 * optics). Everything goes through the cable service: all its rules apply, and nothing is
 * written unless every cable passes.
 */
public final class FabricWiring {

    private final Database db;
    private final CableService cables;

    public FabricWiring(Database db, CableService cables) {
        this.db = db;
        this.cables = cables;
    }

    /** The plan's cables on these devices, checked for counts and ports but not yet against the recorded cabling. */
    public List<PlannedCable> lay(FabricRequest request, FabricDevices devices, String labelPrefix) {
        FabricShape shape = FabricShape.of(request);
        checkCount("servers", devices.servers(), shape.servers());
        checkCount("leaves", devices.leaves(), shape.leaves());
        checkCount("spines", devices.spines(), shape.spines());
        checkCount("superSpines", devices.superSpines(), shape.superSpines());
        return FabricCables.all(request, ChosenDevices.load(db, devices, request.portSpeedGbps()), labelPrefix);
    }

    public List<Cable> writePlanned(FabricRequest request, FabricDevices devices, String labelPrefix) {
        return cables.connectAll(requests(lay(request, devices, labelPrefix)));
    }

    static List<NewCable> requests(List<PlannedCable> planned) {
        return planned.stream().map(c -> NewCable.between(c.label(), c.type(), c.fromPortId(), c.toPortId(),
                CableStatus.PLANNED)).toList();
    }

    private static void checkCount(String field, List<Long> ids, int needed) {
        if (ids.size() != needed) {
            throw new InvalidValueException(field, Message.of("inventory.fabric.wrongCount", needed, ids.size()));
        }
    }
}
