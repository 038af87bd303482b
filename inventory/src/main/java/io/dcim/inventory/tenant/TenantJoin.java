package io.dcim.inventory.tenant;

import io.dcim.common.paging.EntityJoin;

/** A tenant joined into another module's paged list for its name, as {@link io.dcim.inventory.site.SiteJoin}. */
public final class TenantJoin extends EntityJoin {

    private TenantJoin(String alias) {
        super("Tenant", alias);
    }

    public static TenantJoin as(String alias) {
        return new TenantJoin(alias);
    }
}
