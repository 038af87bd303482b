package io.dcim.inventory.tenant;

import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.TENANT_MANAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceEdit;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;

class TenantFacadeTest {

    private static final Caller MANAGER = Caller.of("manager", READ, TENANT_MANAGE);

    @BothDatabases
    void aTenantIsRenamedAgainstItsVersionAndDeletedOnlyWhenItHoldsNothing(Database db, InventoryFixture f) {
        TenantService service = new TenantService(db);
        TenantFacade tenants = new TenantFacade(db, service);
        Tenant tenant = tenants.create(MANAGER, new TenantDetails("Tsinghua", TenantKind.UNIVERSITY));
        var read = tenants.tenant(MANAGER, tenant.getId());

        tenants.edit(MANAGER, tenant.getId(), read.version(), new TenantDetails("Tsinghua University", TenantKind.UNIVERSITY));
        assertThatThrownBy(() -> tenants.edit(MANAGER, tenant.getId(), read.version(),
                new TenantDetails("Stale", TenantKind.ENTERPRISE))).isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("version:");
        assertThatThrownBy(() -> tenants.create(MANAGER, new TenantDetails("tsinghua university", TenantKind.ENTERPRISE)))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> tenants.create(MANAGER, new TenantDetails("PKU", null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("kind:");
        assertThatThrownBy(() -> tenants.create(Caller.of("reader", READ), new TenantDetails("PKU", TenantKind.UNIVERSITY)))
                .isInstanceOf(NotPermittedException.class);

        Device device = f.devices.create(f.newDevice(f.h100Server(), LifecycleStatus.ORDERED, Location.inStock()), null);
        f.devices.edit(device.getId(), device.getVersion(), new DeviceEdit(device.getAssetTag(), device.getSerial(), null,
                tenant.getId(), null));
        int version = tenants.tenant(MANAGER, tenant.getId()).version();
        assertThatThrownBy(() -> tenants.delete(MANAGER, tenant.getId(), version)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("still holds 1 device(s)");

        f.devices.delete(device.getId(), f.devices.find(device.getId()).getVersion());
        tenants.delete(MANAGER, tenant.getId(), version);
        assertThat(service.tenants()).isEmpty();
    }
}
