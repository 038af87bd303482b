package io.dcim.inventory.fabric;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.port.PortKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The devices a plan is laid onto, with their names and fabric ports read once: a plan endpoint's
 * port n is its device's n-th fabric port (active ports of the plan's speed, in port order).
 */
final class ChosenDevices implements FabricCables.Ends {

    private static final int CHUNK = 1_000;

    private record FabricPort(long id, String name) {
    }

    private final FabricDevices devices;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, List<FabricPort>> ports = new HashMap<>();

    private ChosenDevices(FabricDevices devices) {
        this.devices = devices;
    }

    static ChosenDevices load(Database db, FabricDevices devices, int speedGbps) {
        ChosenDevices chosen = new ChosenDevices(devices);
        List<Long> all = new ArrayList<>(devices.servers());
        all.addAll(devices.leaves());
        all.addAll(devices.spines());
        all.addAll(devices.superSpines());
        db.read(session -> {
            for (int i = 0; i < all.size(); i += CHUNK) {
                List<Long> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
                session.createQuery("select d.id, coalesce(d.name, d.assetTag) from Device d where d.id in :ids",
                        Object[].class).setParameter("ids", chunk).getResultList()
                        .forEach(row -> chosen.names.put((Long) row[0], (String) row[1]));
                session.createQuery("select p.device.id, p.id, p.kind, p.name from Port p where p.device.id in :ids"
                        + " order by p.device.id, p.position", Object[].class)
                        .setParameter("ids", chunk).getResultList()
                        .forEach(row -> {
                            PortKind kind = (PortKind) row[2];
                            if (!kind.isPassive() && kind.speedGbps() == speedGbps) {
                                chosen.ports.computeIfAbsent((Long) row[0], d -> new ArrayList<>())
                                        .add(new FabricPort((Long) row[1], (String) row[3]));
                            }
                        });
            }
            return null;
        });
        return chosen;
    }

    @Override
    public String device(Endpoint end) {
        return names.get(deviceOf(end));
    }

    @Override
    public String port(Endpoint end) {
        return fabricPort(end).name();
    }

    @Override
    public long portId(Endpoint end) {
        return fabricPort(end).id();
    }

    private FabricPort fabricPort(Endpoint end) {
        long device = deviceOf(end);
        List<FabricPort> list = ports.getOrDefault(device, List.of());
        if (end.port() >= list.size()) {
            throw new InvalidValueException(field(end.role()), Message.of("inventory.fabric.tooFewPorts",
                    names.getOrDefault(device, String.valueOf(device)), list.size(), end.port() + 1));
        }
        return list.get(end.port());
    }

    private long deviceOf(Endpoint end) {
        return switch (end.role()) {
            case SERVER -> devices.servers().get(end.index());
            case LEAF -> devices.leaves().get(end.index());
            case SPINE -> devices.spines().get(end.index());
            case SUPER_SPINE -> devices.superSpines().get(end.index());
        };
    }

    static String field(Endpoint.Role role) {
        return switch (role) {
            case SERVER -> "servers";
            case LEAF -> "leaves";
            case SPINE -> "spines";
            case SUPER_SPINE -> "superSpines";
        };
    }
}
