package io.dcim.inventory.catalog;

import static io.dcim.common.access.Permission.CATALOG_MANAGE;
import static io.dcim.common.access.Permission.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.history.HistoryService;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.math.BigDecimal;

class CatalogFacadeTest {

    private static final Caller OPS = Caller.of("ops", READ, CATALOG_MANAGE);

    @BothDatabases
    void aNewServerModelIsAddedCorrectedAndDeletedWhileNoDeviceUsesIt(Database db, InventoryFixture f) {
        CatalogFacade catalog = new CatalogFacade(db, new CatalogEditor(db));
        GpuModel b300 = catalog.createGpuModel(OPS, new GpuModelDetails("B300", "NVIDIA", 288, 1_100, 1_900,
                new BigDecimal("2500.0")));
        DeviceModel server = catalog.createDeviceModel(OPS, new DeviceModelDetails("Inspur", "NF5688-B300", DeviceKind.GPU_SERVER,
                8, true, 14_000, 12_000, 8, b300.getId()));
        var read = catalog.deviceModel(OPS, server.getId());
        assertThat(read.value().defaultGpuModelId()).isEqualTo(b300.getId());

        catalog.editDeviceModel(OPS, server.getId(), read.version(), new DeviceModelDetails("Inspur", "NF5688M8-B300",
                DeviceKind.GPU_SERVER, 8, true, 14_500, 12_000, 8, b300.getId()));
        assertThatThrownBy(() -> catalog.editDeviceModel(OPS, server.getId(), read.version(), read.value()))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("version:");
        assertThat(new HistoryService(db).of("device-model", server.getId())).extracting(c -> c.actor() + " " + c.action())
                .containsExactly("ops created", "ops changed");

        assertThatThrownBy(() -> catalog.deleteGpuModel(OPS, b300.getId(), b300.getVersion()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("default card of 1 server model");
        int version = catalog.deviceModel(OPS, server.getId()).version();
        catalog.deleteDeviceModel(OPS, server.getId(), version);
        catalog.deleteGpuModel(OPS, b300.getId(), b300.getVersion());
        assertThat(f.catalog.gpuModels()).extracting(GpuModel::getName).doesNotContain("B300");
    }

    @BothDatabases
    void aModelInUseKeepsItsShapeAndPowerAndIsNotDeleted(Database db, InventoryFixture f) {
        CatalogFacade catalog = new CatalogFacade(db, new CatalogEditor(db));
        DeviceModel h100 = f.h100Server();
        f.devices.create(f.newDevice(h100, LifecycleStatus.ORDERED, Location.inStock()), null);
        var read = catalog.deviceModel(OPS, h100.getId());
        DeviceModelDetails d = read.value();

        assertThatThrownBy(() -> catalog.editDeviceModel(OPS, h100.getId(), read.version(), new DeviceModelDetails(
                d.manufacturer(), d.model(), d.kind(), d.heightU() + 1, d.fullDepth(), d.ratedPowerW(), d.typicalPowerW(),
                d.gpuSlots(), d.defaultGpuModelId())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("heightU"));
        catalog.editDeviceModel(OPS, h100.getId(), read.version(), new DeviceModelDetails(d.manufacturer(),
                d.model() + " (H100 SXM)", d.kind(), d.heightU(), d.fullDepth(), d.ratedPowerW(), d.typicalPowerW(),
                d.gpuSlots(), d.defaultGpuModelId()));
        assertThatThrownBy(() -> catalog.deleteDeviceModel(OPS, h100.getId(), read.version() + 1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("used by 1 device(s)");
    }

    @BothDatabases
    void aShippedModelPeopleRenamedOrDeletedDoesNotComeBackAtTheNextStart(Database db, InventoryFixture f) {
        CatalogFacade catalog = new CatalogFacade(db, new CatalogEditor(db));
        DeviceModel h100 = f.h100Server();
        DeviceModel leaf = f.leafSwitch();
        catalog.deleteDeviceModel(OPS, h100.getId(), h100.getVersion());
        DeviceModelDetails d = DeviceModelDetails.of(leaf);
        catalog.editDeviceModel(OPS, leaf.getId(), leaf.getVersion(), new DeviceModelDetails(d.manufacturer(),
                "Leaf (renamed)", d.kind(), d.heightU(), d.fullDepth(), d.ratedPowerW(), d.typicalPowerW(), d.gpuSlots(),
                d.defaultGpuModelId()));
        int models = f.catalog.deviceModels().size();

        assertThat(f.catalog.ensureReferenceData()).as("nothing added again").isZero();
        assertThat(f.catalog.deviceModels()).hasSize(models).extracting(DeviceModel::getModel)
                .doesNotContain(h100.getModel(), leaf.getModel()).contains("Leaf (renamed)");
    }

    @BothDatabases
    void refusalsNameTheField(Database db) {
        new InventoryFixture(db);
        CatalogFacade catalog = new CatalogFacade(db, new CatalogEditor(db));
        assertThatThrownBy(() -> catalog.createDeviceModel(OPS, new DeviceModelDetails("Dell", "Tiny", DeviceKind.OTHER, 1,
                false, 100, 200, 0, null))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("typicalPowerW"));
        assertThatThrownBy(() -> catalog.createDeviceModel(OPS, new DeviceModelDetails("Dell", "PowerEdge XE9680 8x H100 SXM5",
                DeviceKind.GPU_SERVER, 6, true, 11_000, 10_200, 0, null))).isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("model:");
        assertThatThrownBy(() -> catalog.createGpuModel(OPS, new GpuModelDetails("X1", "Acme", null, 700, 500, null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("systemWPerGpu"));
        assertThatThrownBy(() -> catalog.createGpuModel(Caller.of("reader", READ), new GpuModelDetails("X2", "Acme", null,
                700, null, null))).isInstanceOf(NotPermittedException.class);
    }
}
