package io.dcim.inventory.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** The device questions other modules ask: a PDU, a room's UPS, two GPU servers and a switch at one site. */
class DeviceDirectoryTest {

    private static TestDatabase database;
    private static Database db;
    private static InventoryFixture f;
    private static Cabinet a01;
    private static Device pdu;
    private static Device ups;
    private static Device server;
    private static Device emptyServer;
    private static Device leaf;

    @BeforeAll
    static void oneSite() {
        database = TestDatabase.h2();
        db = database.database();
        f = new InventoryFixture(db);
        a01 = f.cabinet("A01");
        pdu = f.devices.create(f.newDevice(f.model("AP8886"), LifecycleStatus.INSTALLED, Location.zeroU(a01.getId())), null);
        DeviceModel upsModel = f.catalog.deviceModels().stream().filter(m -> m.getKind() == DeviceKind.UPS).findFirst()
                .orElseThrow();
        ups = f.devices.create(f.newDevice(upsModel, LifecycleStatus.INSTALLED, Location.onFloor(f.room.getId())), null);
        server = f.install(f.h100Server(), a01, 1, Face.FRONT);
        emptyServer = f.install(f.h100Server(), a01, 10, Face.FRONT);
        leaf = f.install(f.leafSwitch(), f.cabinet("A02"), 42, Face.FRONT);
        new GpuService(db).registerAll(server.getId(), List.of("G-1", "G-2", "G-3"), f.gpuModel("H100 SXM5 80GB").getId(),
                GpuStatus.IN_SERVICE, null);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void listsASitesDevicesOfSomeKindsWithWhereTheyAre() {
        List<DeviceDirectory.Placed> placed = db.read((Session s) -> DeviceDirectory.ofKindsInSite(s, f.site.getId(),
                List.of(DeviceKind.PDU, DeviceKind.UPS)));
        assertThat(placed).extracting(DeviceDirectory.Placed::id).containsExactly(pdu.getId(), ups.getId());
        assertThat(placed.get(0)).isEqualTo(new DeviceDirectory.Placed(pdu.getId(), pdu.getAssetTag(), DeviceKind.PDU,
                f.model("AP8886").getModel(), a01.getId(), f.room.getId()));
        assertThat(placed.get(1).cabinetId()).isNull();
        assertThat(db.read((Session s) -> DeviceDirectory.ofKindsInSite(s, -1, List.of(DeviceKind.PDU)))).isEmpty();
    }

    @Test
    void tellsWhatTheServersInASitesCabinetsDraw() {
        DeviceModel h100 = f.h100Server();
        assertThat(db.read((Session s) -> DeviceDirectory.inCabinetsOfSite(s, f.site.getId(), DeviceKind.GPU_SERVER)))
                .containsExactly(
                        new DeviceDirectory.ServerLoad(server.getId(), server.getAssetTag(), a01.getId(),
                                h100.getTypicalPowerW(), h100.getRatedPowerW(), 3, 0, LifecycleStatus.INSTALLED),
                        new DeviceDirectory.ServerLoad(emptyServer.getId(), emptyServer.getAssetTag(), a01.getId(),
                                h100.getTypicalPowerW(), h100.getRatedPowerW(), 0, 0, LifecycleStatus.INSTALLED));
    }

    @Test
    void listsTheDevicesOfOneCabinetAsTheSitesListHasThem() {
        List<DeviceDirectory.Powered> site = db.read((Session s) -> DeviceDirectory.poweredInSite(s, f.site.getId()));
        List<DeviceDirectory.Powered> cabinet = db.read((Session s) -> DeviceDirectory.poweredInCabinet(s, a01.getId()));

        assertThat(cabinet).extracting(DeviceDirectory.Powered::id)
                .containsExactly(pdu.getId(), server.getId(), emptyServer.getId());
        assertThat(cabinet).isEqualTo(site.stream().filter(d -> d.cabinetId() == a01.getId()).toList());
    }

    @Test
    void listsTheIdsOfASitesDevicesOfOneModelInTagOrder() {
        assertThat(db.read((Session s) -> DeviceDirectory.idsInSiteOfModel(s, f.site.getId(), f.h100Server().getId())))
                .containsExactly(server.getId(), emptyServer.getId());
        assertThat(db.read((Session s) -> DeviceDirectory.idsInSiteOfModel(s, f.site.getId(), f.leafSwitch().getId())))
                .containsExactly(leaf.getId());
    }

    @Test
    void countsTheCardsInServiceOfDevicesInUseInChunks() {
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1_000_000, 1_001_500).boxed().toList());
        ids.addAll(List.of(server.getId(), emptyServer.getId(), leaf.getId()));
        assertThat(db.read((Session s) -> DeviceDirectory.gpusInService(s, ids))).isEqualTo(Map.of(server.getId(), 3));
    }
}
