package io.dcim.identity.role;

import static io.dcim.common.access.Permission.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Permission;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolePermissionsTest {

    @Test
    void everyRoleReadsEverythingAndAdminsMayDoAll() {
        for (Role role : Role.values()) {
            assertThat(RolePermissions.of(role)).as(role.name()).contains(READ);
        }
        assertThat(RolePermissions.of(Role.ADMIN)).containsExactlyInAnyOrderElementsOf(
                EnumSet.complementOf(EnumSet.of(Permission.COLLECTOR_PUSH)));
    }

    @Test
    void noRoleHoldsCollectorPushWhichOnlyACollectorsOwnTokenCarries() {
        for (Role role : Role.values()) {
            assertThat(RolePermissions.of(role)).as(role.name()).doesNotContain(Permission.COLLECTOR_PUSH);
        }
    }

    @Test
    void analystsReadAndExportButNeitherRequestNorChangeTheInventory() {
        assertThat(RolePermissions.of(Role.ANALYST)).contains(EXPORT_DEPRECIATION, FINANCE_VIEW)
                .doesNotContain(PURCHASE_REQUEST, PURCHASE_APPROVE, DEVICE_EDIT, DEVICE_MOVE, ALARM_ACKNOWLEDGE, USER_MANAGE);
    }

    @Test
    void onlyManagersBesideAdminsApproveAndOnlyAdminsManageUsersAndPolling() {
        List<Role> approvers = EnumSet.allOf(Role.class).stream().filter(r -> RolePermissions.of(r).contains(PURCHASE_APPROVE)).toList();
        assertThat(approvers).containsExactlyInAnyOrder(Role.MANAGER, Role.ADMIN);
        for (Permission adminOnly : List.of(USER_MANAGE, TOKEN_MANAGE, POWER_CONFIGURE, WEBHOOK_MANAGE)) {
            assertThat(EnumSet.allOf(Role.class).stream().filter(r -> RolePermissions.of(r).contains(adminOnly)))
                    .as(adminOnly.code()).containsExactly(Role.ADMIN);
        }
    }

    @Test
    void financeKeepsTheAssetRegisterAndOpsDoNot() {
        List<Role> keepers = EnumSet.allOf(Role.class).stream().filter(r -> RolePermissions.of(r).contains(ASSET_MANAGE)).toList();
        assertThat(keepers).containsExactlyInAnyOrder(Role.ANALYST, Role.MANAGER, Role.ADMIN);
    }

    @Test
    void opsKeepTheInventoryAndManagersDoNot() {
        assertThat(RolePermissions.of(Role.OPS)).contains(DEVICE_EDIT, DEVICE_MOVE, GPU_ALLOCATE, CABLE_EDIT, INVENTORY_IMPORT,
                PURCHASE_RECEIVE);
        assertThat(RolePermissions.of(Role.MANAGER)).doesNotContain(DEVICE_EDIT, DEVICE_MOVE, PURCHASE_RECEIVE);
        assertThat(RolePermissions.of(Role.OPS)).as("ops build the frame and keep the catalog")
                .contains(SITE_MANAGE, CATALOG_MANAGE, TENANT_MANAGE);
        assertThat(RolePermissions.of(Role.MANAGER)).as("managers keep the customers, not the frame")
                .contains(TENANT_MANAGE).doesNotContain(SITE_MANAGE, CATALOG_MANAGE);
        assertThat(RolePermissions.of(Role.ANALYST)).doesNotContain(SITE_MANAGE, CATALOG_MANAGE, TENANT_MANAGE);
    }

    @Test
    void severalRolesGrantTheUnionOfTheirPermissions() {
        assertThat(RolePermissions.granted(List.of(Role.ANALYST, Role.OPS)))
                .contains(EXPORT_DEPRECIATION, DEVICE_MOVE).doesNotContain(PURCHASE_APPROVE);
        assertThat(RolePermissions.granted(List.of())).isEmpty();
    }

    @Test
    void permissionCodesAreDottedAndFoundAgain() {
        assertThat(DEVICE_MOVE.code()).isEqualTo("device.move");
        assertThat(EXPORT_DEPRECIATION.code()).isEqualTo("export.depreciation");
        assertThat(READ.code()).isEqualTo("read");
        for (Permission p : Permission.values()) {
            assertThat(Permission.ofCode(p.code())).contains(p);
        }
    }
}
