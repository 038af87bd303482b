package io.dcim.inventory.catalog;

import static io.dcim.common.access.Permission.CATALOG_MANAGE;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;

/** Device and GPU models added, corrected and deleted by those who hold {@code catalog.manage}. */
public final class CatalogFacade {

    private final Database db;
    private final CatalogEditor catalog;

    public CatalogFacade(Database db, CatalogEditor catalog) {
        this.db = db;
        this.catalog = catalog;
    }

    public Versioned<DeviceModelDetails> deviceModel(Caller caller, long id) {
        caller.require(READ);
        DeviceModel model = catalog.deviceModel(id);
        return new Versioned<>(model.getId(), model.getVersion(), DeviceModelDetails.of(model));
    }

    public DeviceModel createDeviceModel(Caller caller, DeviceModelDetails details) {
        return UseCase.run(db, caller, CATALOG_MANAGE, session -> catalog.createDeviceModel(details));
    }

    public DeviceModel editDeviceModel(Caller caller, long id, int expectedVersion, DeviceModelDetails details) {
        return UseCase.run(db, caller, CATALOG_MANAGE, session -> catalog.editDeviceModel(id, expectedVersion, details));
    }

    public void deleteDeviceModel(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, CATALOG_MANAGE, session -> catalog.deleteDeviceModel(id, expectedVersion));
    }

    public Versioned<GpuModelDetails> gpuModel(Caller caller, long id) {
        caller.require(READ);
        GpuModel gpu = catalog.gpuModel(id);
        return new Versioned<>(gpu.getId(), gpu.getVersion(), GpuModelDetails.of(gpu));
    }

    public GpuModel createGpuModel(Caller caller, GpuModelDetails details) {
        return UseCase.run(db, caller, CATALOG_MANAGE, session -> catalog.createGpuModel(details));
    }

    public GpuModel editGpuModel(Caller caller, long id, int expectedVersion, GpuModelDetails details) {
        return UseCase.run(db, caller, CATALOG_MANAGE, session -> catalog.editGpuModel(id, expectedVersion, details));
    }

    public void deleteGpuModel(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, CATALOG_MANAGE, session -> catalog.deleteGpuModel(id, expectedVersion));
    }
}
