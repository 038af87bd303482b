package io.dcim.inventory.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.site.NewSite;
import io.dcim.inventory.site.SiteTotalsQuery;
import java.math.BigDecimal;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.util.ArrayList;
import java.util.List;

class GpuServiceTest {

    @BothDatabases
    void aServerNeverHoldsMoreGpusThanItsSlots(Database db, InventoryFixture f) {
        GpuService gpus = new GpuService(db);
        Device server = fullServer(f, gpus, "H100-");
        long h100 = f.gpuModel("H100 SXM5 80GB").getId();

        assertThatThrownBy(() -> gpus.register(new NewGpu("H100-9", h100, server.getId(), null, GpuStatus.IN_SERVICE, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("all its slots");
        assertThat(new GpuQueries(db).page(new GpuFilter(null, null, null, null, server.getId()),
                PageRequest.first(50, "server")).items())
                .extracting(GpuSummary::slotIndex).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @BothDatabases
    void registersAServersCardsInOneGoIntoItsFreeSlots(Database db, InventoryFixture f) {
        GpuService gpus = new GpuService(db);
        Device server = f.install(f.h100Server(), f.cabinet("A01"), 1, Face.FRONT);
        long h100 = f.gpuModel("H100 SXM5 80GB").getId();
        gpus.register(new NewGpu("G-0", h100, server.getId(), 0, GpuStatus.IN_SERVICE, null));

        gpus.registerAll(server.getId(), List.of("G-1", "G-2", "G-3"), h100, GpuStatus.IN_SERVICE, null);

        assertThat(new GpuQueries(db).page(new GpuFilter(null, null, null, null, server.getId()),
                PageRequest.first(50, "server")).items())
                .extracting(g -> g.serial() + "@" + g.slotIndex()).containsExactly("G-0@0", "G-1@1", "G-2@2", "G-3@3");
        assertThat(f.devices.find(server.getId()).getGpuCount()).isEqualTo(4);
        assertThatThrownBy(() -> gpus.registerAll(server.getId(), List.of("G-7", "g-7"), h100, GpuStatus.IN_SERVICE, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> gpus.registerAll(server.getId(), List.of("G-8", "G-2"), h100, GpuStatus.IN_SERVICE, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("G-2 is already registered");
        assertThatThrownBy(() -> gpus.registerAll(server.getId(), List.of("A", "B", "C", "D", "E"), h100,
                GpuStatus.IN_SERVICE, null)).isInstanceOf(ConflictException.class).hasMessageContaining("5 more do not fit");
    }

    @BothDatabases
    void refusesSlotsOutOfRangeTakenSlotsAndServersWithoutSlots(Database db, InventoryFixture f) {
        GpuService gpus = new GpuService(db);
        Device server = f.install(f.h100Server(), f.cabinet("A01"), 1, Face.FRONT);
        Device leaf = f.install(f.leafSwitch(), f.cabinet("A02"), 42, Face.FRONT);
        long h100 = f.gpuModel("H100 SXM5 80GB").getId();
        gpus.register(new NewGpu("G-1", h100, server.getId(), 3, GpuStatus.IN_SERVICE, null));

        assertThatThrownBy(() -> gpus.register(new NewGpu("G-2", h100, server.getId(), 8, GpuStatus.IN_SERVICE, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("slotIndex:");
        assertThatThrownBy(() -> gpus.register(new NewGpu("G-3", h100, server.getId(), 3, GpuStatus.IN_SERVICE, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("slot 3");
        assertThatThrownBy(() -> gpus.register(new NewGpu("G-4", h100, leaf.getId(), null, GpuStatus.IN_SERVICE, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no GPU slots");
        assertThatThrownBy(() -> gpus.register(new NewGpu("g-1", h100, null, null, GpuStatus.SPARE, null)))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("serial:");
    }

    @BothDatabases
    void allocatesCardsToATenantInBulkButNeverFaultyOnes(Database db, InventoryFixture f) {
        GpuService gpus = new GpuService(db);
        var tenant = new TenantService(db).create("Northern University AI Lab", TenantKind.UNIVERSITY);
        Device server = f.install(f.h100Server(), f.cabinet("A01"), 1, Face.FRONT);
        long h100 = f.gpuModel("H100 SXM5 80GB").getId();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(gpus.register(new NewGpu("C-" + i, h100, server.getId(), null, GpuStatus.IN_SERVICE, null)).getId());
        }

        assertThat(gpus.allocate(ids, tenant.getId())).isEqualTo(4);
        var totals = new SiteTotalsQuery(db).all().get(0);
        assertThat(totals.gpusAllocated()).as("the server's counters follow the allocation").isEqualTo(4);
        assertThat(totals.gpusInService()).isEqualTo(4);
        assertThat(new GpuQueries(db).page(new GpuFilter(null, null, null, tenant.getId(), null),
                PageRequest.first(10, "serial")).total()).isEqualTo(4);

        Gpu faulty = gpus.register(new NewGpu("C-X", h100, server.getId(), null, GpuStatus.FAULTY, null));
        List<Long> withFaulty = new ArrayList<>(ids);
        withFaulty.add(faulty.getId());
        assertThatThrownBy(() -> gpus.allocate(withFaulty, tenant.getId()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("FAULTY");
        assertThat(gpus.find(faulty.getId()).getTenant()).isNull();
    }

    @BothDatabases
    void aCardOnTheShelfCannotBeInService(Database db, InventoryFixture f) {
        GpuService gpus = new GpuService(db);
        Gpu spare = gpus.register(new NewGpu("S-1", f.gpuModel("A800 SXM4 80GB").getId(), null, null, GpuStatus.SPARE, null));

        assertThatThrownBy(() -> gpus.changeStatus(spare.getId(), spare.getVersion(), GpuStatus.IN_SERVICE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("fit it into a server first");
    }

    @BothDatabases
    void cardsCountAtTheSiteTheirServerIsIn(Database db, InventoryFixture f) {
        GpuService gpus = new GpuService(db);
        Device server = fullServer(f, gpus, "M-");
        var other = f.sites.createSite(new NewSite("Second IDC", null, null, "Asia/Shanghai",
                BigDecimal.ONE, BigDecimal.ONE, null));
        var row = f.sites.createRow(f.sites.createRoom(other.getId(), "Hall 9").getId(), "Z", 1);
        var there = f.cabinets.create(new NewCabinet(row.getId(), "Z01", 1, null, null, null));
        var totals = new SiteTotalsQuery(db);

        assertThat(totals.all()).extracting(t -> t.siteName() + "=" + t.gpus()).containsExactly("Second IDC=0", "Test IDC=8");
        Device moved = f.devices.find(server.getId());
        f.devices.move(moved.getId(), moved.getVersion(), Location.inCabinet(there.getId(), 1, Face.FRONT), null);

        assertThat(totals.all()).extracting(t -> t.siteName() + "=" + t.gpus()).containsExactly("Second IDC=8", "Test IDC=0");
        assertThat(new GpuQueries(db).page(new GpuFilter(other.getId(), null, null, null, null),
                PageRequest.first(50, "serial")).total()).isEqualTo(8);
    }

    /** An H100 server racked in A01 with all eight slots taken, the cards serialled prefix0 to prefix7. */
    private static Device fullServer(InventoryFixture f, GpuService gpus, String prefix) {
        Device server = f.install(f.h100Server(), f.cabinet("A01"), 1, Face.FRONT);
        long h100 = f.gpuModel("H100 SXM5 80GB").getId();
        for (int i = 0; i < 8; i++) {
            gpus.register(new NewGpu(prefix + i, h100, server.getId(), null, GpuStatus.IN_SERVICE, null));
        }
        return server;
    }
}
