package io.dcim.testing;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.CabinetService;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.inventory.cable.Cable;
import io.dcim.inventory.cable.CableService;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableType;
import io.dcim.inventory.cable.NewCable;
import io.dcim.inventory.cable.PortQueries;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceService;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.device.NewDevice;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.site.NewSite;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** A small site built through the services: one room, one row, cabinets on demand, the catalog. */
public final class InventoryFixture {

    public final Database db;
    public final SiteService sites;
    public final CabinetService cabinets;
    public final CatalogService catalog;
    public final DeviceService devices;
    public final Site site;
    public final Room room;
    public final CabinetRow row;
    private final AtomicInteger sequence = new AtomicInteger();

    public InventoryFixture(Database db) {
        this.db = db;
        this.sites = new SiteService(db);
        this.cabinets = new CabinetService(db);
        this.catalog = new CatalogService(db);
        this.devices = new DeviceService(db, Clock.systemUTC());
        catalog.ensureReferenceData();
        this.site = sites.createSite(new NewSite("Test IDC", "Test Provider", "Hohhot", "Asia/Shanghai",
                new BigDecimal("0.262"), new BigDecimal("1.25"), LocalDate.of(2024, 5, 15)));
        this.room = sites.createRoom(site.getId(), "Hall 1");
        this.row = sites.createRow(room.getId(), "A", 1);
    }

    public Cabinet cabinet(String name) {
        return cabinets.create(new NewCabinet(row.getId(), name, sequence.incrementAndGet(), null, null, null));
    }

    public DeviceModel model(String modelNameStart) {
        return catalog.deviceModels().stream().filter(m -> m.getModel().startsWith(modelNameStart)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no catalog model " + modelNameStart));
    }

    public GpuModel gpuModel(String name) {
        return catalog.gpuModels().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    public DeviceModel h100Server() {
        return model("PowerEdge XE9680");
    }

    public DeviceModel leafSwitch() {
        return model("S6850");
    }

    public Device install(DeviceModel model, Cabinet cabinet, int u, Face face) {
        return devices.create(newDevice(model, LifecycleStatus.INSTALLED, Location.inCabinet(cabinet.getId(), u, face)),
                null);
    }

    /** A device received and waiting in stock, not racked yet. */
    public Device inStock(DeviceModel model) {
        return devices.create(newDevice(model, LifecycleStatus.RECEIVED, Location.inStock()), null);
    }

    /** The id of the device's port of that name, as a cable names it. */
    public long port(Device device, String name) {
        return new PortQueries(db).ofDevice(device.getId()).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no port " + name + " on " + device.getAssetTag())).portId();
    }

    /** An installed cable of {@code type} from {@code a}'s port {@code aPort} to {@code b}'s port {@code bPort}. */
    public Cable cable(String label, CableType type, Device a, String aPort, Device b, String bPort) {
        return new CableService(db).connect(NewCable.between(label, type, port(a, aPort), port(b, bPort),
                CableStatus.INSTALLED));
    }

    public NewDevice newDevice(DeviceModel model, LifecycleStatus status, Location location) {
        int n = sequence.incrementAndGet();
        return new NewDevice("AT-" + n, "SN-" + n, null, model.getId(), status, location, null, null);
    }
}
