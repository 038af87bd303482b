package io.dcim.inventory.tenant;

import io.dcim.common.paging.HqlNames;

/** A tenant joined into another module's paged list for its name, as {@link io.dcim.inventory.site.SiteJoin}. */
public final class TenantJoin {

    private final String alias;

    private TenantJoin(String alias) {
        this.alias = HqlNames.alias(alias);
    }

    public static TenantJoin as(String alias) {
        return new TenantJoin(alias);
    }

    public String on(String tenantIdPath) {
        return " join Tenant " + alias + " on " + alias + ".id = " + HqlNames.path(tenantIdPath);
    }

    public String name() {
        return alias + ".name";
    }
}
