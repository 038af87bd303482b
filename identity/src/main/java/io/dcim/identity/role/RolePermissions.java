package io.dcim.identity.role;

import static io.dcim.common.access.Permission.*;

import io.dcim.common.access.Permission;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one table of who may do what: each role's permissions. Everything else in the product asks
 * for a {@link Permission}; only this class knows which roles hold it.
 */
public final class RolePermissions {

    private static final Map<Role, Set<Permission>> TABLE = new EnumMap<>(Map.of(
            // Everything but collector.push, which only a remote collector's own token carries.
            Role.ADMIN, EnumSet.complementOf(EnumSet.of(COLLECTOR_PUSH)),
            Role.OPS, EnumSet.of(READ, DEVICE_EDIT, SITE_MANAGE, TENANT_MANAGE, CATALOG_MANAGE, DEVICE_MOVE,
                    GPU_ALLOCATE, RESERVATION_MANAGE, CABLE_EDIT,
                    INVENTORY_IMPORT, ALARM_ACKNOWLEDGE, THRESHOLD_EDIT, PURCHASE_REQUEST, PURCHASE_ORDER, PURCHASE_RECEIVE,
                    CAPACITY_PLAN, USAGE_IMPORT, USAGE_VIEW, ENERGY_REPORT, ENERGY_EDIT, METRICS_READ),
            Role.MANAGER, EnumSet.of(READ, TENANT_MANAGE, PURCHASE_REQUEST, PURCHASE_APPROVE, PURCHASE_ORDER, SUPPLIER_MANAGE,
                    PURCHASE_INVOICE,
                    FINANCE_VIEW, ASSET_MANAGE, PRICING_MANAGE, EXPORT_DEPRECIATION, CAPACITY_PLAN, USAGE_VIEW, USAGE_MANAGE,
                    ENERGY_REPORT, ENERGY_EDIT),
            Role.ANALYST, EnumSet.of(READ, PURCHASE_INVOICE, FINANCE_VIEW, ASSET_MANAGE, ASSETCLASS_MANAGE,
                    PRICING_MANAGE, EXPORT_DEPRECIATION, USAGE_VIEW, ENERGY_REPORT)));

    private RolePermissions() {
    }

    public static Set<Permission> of(Role role) {
        return TABLE.get(role);
    }

    /** The roles holding {@code permission}, named in lower case: for refusals that say whom to ask. */
    public static List<String> holders(Permission permission) {
        return TABLE.entrySet().stream().filter(e -> e.getValue().contains(permission))
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT)).sorted().toList();
    }

    /** Everything the roles together grant. */
    public static Set<Permission> granted(Collection<Role> roles) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> granted.addAll(of(role)));
        return granted;
    }
}
