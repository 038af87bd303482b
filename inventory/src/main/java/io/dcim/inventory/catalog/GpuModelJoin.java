package io.dcim.inventory.catalog;

import io.dcim.common.paging.EntityJoin;

/** A GPU model joined into another module's query for its name, as {@link io.dcim.inventory.site.SiteJoin}. */
public final class GpuModelJoin extends EntityJoin {

    private GpuModelJoin(String alias) {
        super("GpuModel", alias);
    }

    public static GpuModelJoin as(String alias) {
        return new GpuModelJoin(alias);
    }
}
