package io.dcim.forecasting.testing;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.testing.InventoryFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The inventory test site with H100 servers whose cards are in service and partly allocated. */
public final class SiteBuilder {

    public final InventoryFixture inventory;
    public final GpuService gpus;
    public final Tenant tenant;
    private final AtomicInteger serial = new AtomicInteger();

    /** On the inventory test site of {@code db}: what a {@code @BothDatabases} test gets as a parameter. */
    public SiteBuilder(Database db) {
        this(new InventoryFixture(db));
    }

    public SiteBuilder(InventoryFixture inventory) {
        this.inventory = inventory;
        this.gpus = new GpuService(inventory.db);
        this.tenant = new TenantService(inventory.db).create("Northern University AI Lab", TenantKind.UNIVERSITY);
    }

    public long siteId() {
        return inventory.site.getId();
    }

    /** One H100 server in a new cabinet of its own, its 8 cards in service, {@code allocated} of them to the tenant. */
    public Device h100Server(String cabinetName, int allocated) {
        Cabinet cabinet = inventory.cabinet(cabinetName);
        Device server = inventory.install(inventory.h100Server(), cabinet, 1, Face.FRONT);
        long model = inventory.gpuModel("H100 SXM5 80GB").getId();
        List<String> serials = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            serials.add("GPU-" + serial.incrementAndGet());
        }
        List<Long> ids = gpus.registerAll(server.getId(), serials, model, GpuStatus.IN_SERVICE, null).stream()
                .map(g -> g.getId()).toList();
        if (allocated > 0) {
            gpus.allocate(ids.subList(0, allocated), tenant.getId());
        }
        return server;
    }
}
