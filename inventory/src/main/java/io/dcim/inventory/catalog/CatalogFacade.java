package io.dcim.inventory.catalog;

import static io.dcim.common.access.Permission.CATALOG_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.ObjectUseCases;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;

/** Device and GPU models added, corrected and deleted by those who hold {@code catalog.manage}. */
public final class CatalogFacade {

    private final CatalogEditor catalog;
    private final ObjectUseCases<DeviceModel, DeviceModelDetails> deviceModels;
    private final ObjectUseCases<GpuModel, GpuModelDetails> gpuModels;

    public CatalogFacade(Database db, CatalogEditor catalog) {
        this.catalog = catalog;
        this.deviceModels = new ObjectUseCases<>(db, CATALOG_MANAGE, catalog::createDeviceModel, catalog::editDeviceModel,
                catalog::deleteDeviceModel);
        this.gpuModels = new ObjectUseCases<>(db, CATALOG_MANAGE, catalog::createGpuModel, catalog::editGpuModel,
                catalog::deleteGpuModel);
    }

    public Versioned<DeviceModelDetails> deviceModel(Caller caller, long id) {
        return deviceModels.readForEdit(caller, () -> catalog.deviceModel(id), DeviceModelDetails::of);
    }

    public DeviceModel createDeviceModel(Caller caller, DeviceModelDetails details) {
        return deviceModels.create(caller, details);
    }

    public DeviceModel editDeviceModel(Caller caller, long id, int expectedVersion, DeviceModelDetails details) {
        return deviceModels.edit(caller, id, expectedVersion, details);
    }

    public void deleteDeviceModel(Caller caller, long id, int expectedVersion) {
        deviceModels.delete(caller, id, expectedVersion);
    }

    public Versioned<GpuModelDetails> gpuModel(Caller caller, long id) {
        return gpuModels.readForEdit(caller, () -> catalog.gpuModel(id), GpuModelDetails::of);
    }

    public GpuModel createGpuModel(Caller caller, GpuModelDetails details) {
        return gpuModels.create(caller, details);
    }

    public GpuModel editGpuModel(Caller caller, long id, int expectedVersion, GpuModelDetails details) {
        return gpuModels.edit(caller, id, expectedVersion, details);
    }

    public void deleteGpuModel(Caller caller, long id, int expectedVersion) {
        gpuModels.delete(caller, id, expectedVersion);
    }
}
