package io.dcim.web;

import io.dcim.app.Services;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.device.NewDevice;
import io.dcim.inventory.fabric.FabricRequest;
import io.dcim.inventory.fabric.Placement;
import io.dcim.inventory.fabric.Tiers;
import io.dcim.inventory.site.Room;
import java.util.ArrayList;
import java.util.List;

/**
 * A new, empty hall on the demo site for a small fabric to be laid onto: four H100 servers in two
 * cabinets and three Quantum-2 switches (two leaves, then a spine, in floor order) in a third, none
 * cabled. {@link #PLAN} is the plan that fits them exactly: 4 servers × 2 rails on 16-port switches,
 * 8 + 16 = 24 cables.
 */
public record FabricRoom(long siteId, long roomId, List<Device> servers, List<Device> switches) {

    public static final FabricRequest PLAN = new FabricRequest(null, 4, 8, 2, 16, 400, Tiers.TWO, 1,
            new Placement(2, 16, true, 16));

    public static FabricRoom on(Services services, String hall, String tagPrefix) {
        long siteId = services.sites().sites().get(0).getId();
        Room room = services.sites().createRoom(siteId, hall);
        CabinetRow row = services.sites().createRow(room.getId(), "Z", 1);
        List<Cabinet> cabinets = new ArrayList<>();
        for (int c = 1; c <= 3; c++) {
            cabinets.add(services.cabinets().create(new NewCabinet(row.getId(), "Z0" + c, c, null, null, null)));
        }
        DeviceModel server = model(services, "PowerEdge XE9680");
        DeviceModel quantum = model(services, "Quantum-2");
        List<Device> servers = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            servers.add(install(services, server, cabinets.get(s / 2), 2 + 8 * (s % 2), tagPrefix + "-SRV-" + (s + 1)));
        }
        List<Device> switches = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            switches.add(install(services, quantum, cabinets.get(2), 20 + w, tagPrefix + "-SW-" + (w + 1)));
        }
        return new FabricRoom(siteId, room.getId(), servers, switches);
    }

    private static DeviceModel model(Services services, String start) {
        return services.catalog().deviceModels().stream().filter(m -> m.getModel().startsWith(start)).findFirst()
                .orElseThrow();
    }

    private static Device install(Services services, DeviceModel model, Cabinet cabinet, int u, String tag) {
        return services.devices().create(new NewDevice(tag, tag, null, model.getId(), LifecycleStatus.INSTALLED,
                Location.inCabinet(cabinet.getId(), u, Face.FRONT), null, null), null);
    }
}
