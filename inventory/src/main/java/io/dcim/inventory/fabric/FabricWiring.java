package io.dcim.inventory.fabric;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cable.Cable;
import io.dcim.inventory.cable.CableService;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableType;
import io.dcim.inventory.cable.NewCable;
import io.dcim.inventory.port.PortKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan as PLANNED cables onto chosen devices: the plan's links in its own order (server
 * NIC i to the rail-i leaf of its unit, leaf uplinks to spines, spine uplinks to super-spines),
 * each endpoint's port n being the device's n-th fabric port (active ports of the plan's speed,
 * in port order). The cable type follows the link's length class (DAC, AOC, else MMF between
 * optics). Everything goes through the cable service in one batch: all rules apply and nothing
 * is written unless every cable passes.
 */
public final class FabricWiring {

    private final Database db;
    private final CableService cables;

    public FabricWiring(Database db, CableService cables) {
        this.db = db;
        this.cables = cables;
    }

    public List<Cable> writePlanned(FabricRequest request, FabricDevices devices, String labelPrefix) {
        FabricShape shape = FabricShape.of(request);
        checkCount("servers", devices.servers(), shape.servers());
        checkCount("leaves", devices.leaves(), shape.leaves());
        checkCount("spines", devices.spines(), shape.spines());
        checkCount("superSpines", devices.superSpines(), shape.superSpines());
        Map<Long, List<Long>> fabricPorts = fabricPorts(devices, request.portSpeedGbps());
        List<NewCable> planned = new ArrayList<>();
        new FabricLinks(shape, request.placement()).walk((tier, from, to, distance) -> {
            String label = labelPrefix + "-" + (planned.size() + 1);
            planned.add(NewCable.between(label, typeFor(distance), port(devices, fabricPorts, from),
                    port(devices, fabricPorts, to), CableStatus.PLANNED));
        });
        return cables.connectAll(planned);
    }

    private static CableType typeFor(LinkClass distance) {
        return switch (distance) {
            case SAME_CABINET -> CableType.DAC;
            case SAME_ROW -> CableType.AOC;
            case BEYOND_ROW -> CableType.MMF;
        };
    }

    private static void checkCount(String field, List<Long> ids, int needed) {
        if (ids.size() != needed) {
            throw new InvalidValueException(field, Message.of("inventory.fabric.wrongCount", needed, ids.size()));
        }
    }

    private Map<Long, List<Long>> fabricPorts(FabricDevices devices, int speed) {
        List<Long> all = new ArrayList<>(devices.servers());
        all.addAll(devices.leaves());
        all.addAll(devices.spines());
        all.addAll(devices.superSpines());
        Map<Long, List<Long>> byDevice = new HashMap<>();
        db.read(session -> {
            for (int i = 0; i < all.size(); i += 1_000) {
                session.createQuery("select p.device.id, p.id, p.kind from Port p where p.device.id in :ids"
                        + " order by p.device.id, p.position", Object[].class)
                        .setParameter("ids", all.subList(i, Math.min(all.size(), i + 1_000))).getResultList()
                        .forEach(row -> {
                            PortKind kind = (PortKind) row[2];
                            if (!kind.isPassive() && kind.speedGbps() == speed) {
                                byDevice.computeIfAbsent((Long) row[0], d -> new ArrayList<>()).add((Long) row[1]);
                            }
                        });
            }
            return null;
        });
        return byDevice;
    }

    private static long port(FabricDevices devices, Map<Long, List<Long>> fabricPorts, Endpoint end) {
        String field = switch (end.role()) {
            case SERVER -> "servers";
            case LEAF -> "leaves";
            case SPINE -> "spines";
            case SUPER_SPINE -> "superSpines";
        };
        List<Long> ids = switch (end.role()) {
            case SERVER -> devices.servers();
            case LEAF -> devices.leaves();
            case SPINE -> devices.spines();
            case SUPER_SPINE -> devices.superSpines();
        };
        long device = ids.get(end.index());
        List<Long> ports = fabricPorts.getOrDefault(device, List.of());
        if (end.port() >= ports.size()) {
            throw new InvalidValueException(field, Message.of("inventory.fabric.tooFewPorts", device, ports.size(),
                    end.port() + 1));
        }
        return ports.get(end.port());
    }
}
