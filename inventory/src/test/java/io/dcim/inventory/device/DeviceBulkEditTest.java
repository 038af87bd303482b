package io.dcim.inventory.device;

import static io.dcim.common.access.Permission.DEVICE_EDIT;
import static io.dcim.common.access.Permission.DEVICE_MOVE;
import static io.dcim.common.access.Permission.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.edit.Change;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.util.List;
import java.util.Locale;

class DeviceBulkEditTest {

    private static final Caller OPS = Caller.of("ops", READ, DEVICE_EDIT, DEVICE_MOVE);

    @BothDatabases
    void aBulkEditChangesEveryDeviceOrNoneAndListsEveryRefusal(Database db, InventoryFixture f) {
        DeviceFacade facade = new DeviceFacade(db, f.devices);
        Tenant pku = new TenantService(db).create("PKU", TenantKind.UNIVERSITY);
        Device a = f.devices.create(f.newDevice(f.h100Server(), LifecycleStatus.ORDERED, Location.inStock()), null);
        Device b = f.devices.create(f.newDevice(f.h100Server(), LifecycleStatus.ORDERED, Location.inStock()), null);
        Device installed = f.install(f.leafSwitch(), f.cabinet("A01"), 40, Face.FRONT);
        List<Long> all = List.of(a.getId(), b.getId(), installed.getId());

        assertThatThrownBy(() -> facade.bulkEdit(OPS, all, new DeviceBulkEdit(LifecycleStatus.RECEIVED,
                Change.to(pku.getId()), Change.to("moved to PKU"))))
                .isInstanceOfSatisfying(BulkEditRefusedException.class, e -> {
                    assertThat(e.refusals()).extracting(BulkEditRefusedException.Refusal::assetTag)
                            .containsExactly(installed.getAssetTag());
                    assertThat(e.getMessage()).startsWith("ids: 1 of the 3 selected devices refused the change;")
                            .contains(installed.getAssetTag() + ": cannot go from INSTALLED to RECEIVED");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).startsWith("所选 3 台设备中有 1 台拒绝此修改");
                });
        assertThat(List.of(a, b, installed)).allSatisfy(d -> {
            Device now = f.devices.find(d.getId());
            assertThat(now.getTenant()).as("all or nothing").isNull();
            assertThat(now.getStatus()).isEqualTo(d.getStatus());
        });

        assertThat(facade.bulkEdit(OPS, all, new DeviceBulkEdit(null, Change.to(pku.getId()), Change.to("PKU pool"))))
                .isEqualTo(3);
        assertThat(all).allSatisfy(id -> assertThat(f.devices.find(id).getNotes()).isEqualTo("PKU pool"));
        assertThat(facade.bulkEdit(OPS, List.of(a.getId(), b.getId()), new DeviceBulkEdit(LifecycleStatus.RECEIVED, null,
                null))).isEqualTo(2);
        assertThat(f.devices.find(b.getId()).getStatus()).isEqualTo(LifecycleStatus.RECEIVED);
        assertThatThrownBy(() -> facade.bulkEdit(Caller.of("editor", READ, DEVICE_EDIT), all,
                new DeviceBulkEdit(LifecycleStatus.MAINTENANCE, null, null))).isInstanceOf(NotPermittedException.class);
    }

    @BothDatabases
    void aCloneIsAnotherOrderedDeviceOfTheSameModelAndTenantUnderItsOwnTags(Database db, InventoryFixture f) {
        DeviceFacade facade = new DeviceFacade(db, f.devices);
        Tenant pku = new TenantService(db).create("PKU", TenantKind.UNIVERSITY);
        Device original = f.install(f.h100Server(), f.cabinet("A01"), 10, Face.FRONT);
        facade.bulkEdit(OPS, List.of(original.getId()), new DeviceBulkEdit(null, Change.to(pku.getId()), Change.to("rack A")));

        Device clone = facade.cloneDevice(OPS, original.getId(), "AT-CLONE", "SN-CLONE");
        Device loaded = f.devices.find(clone.getId());
        assertThat(loaded.getModel().getId()).isEqualTo(original.getModel().getId());
        assertThat(loaded.getTenant().getId()).isEqualTo(pku.getId());
        assertThat(loaded.getNotes()).isEqualTo("rack A");
        assertThat(loaded.getStatus()).isEqualTo(LifecycleStatus.ORDERED);
        assertThat(loaded.getCabinet()).isNull();
        assertThatThrownBy(() -> facade.cloneDevice(OPS, original.getId(), original.getAssetTag(), "SN-2"))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("assetTag:");
    }
}
