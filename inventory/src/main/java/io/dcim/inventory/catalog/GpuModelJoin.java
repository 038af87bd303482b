package io.dcim.inventory.catalog;

import io.dcim.common.paging.HqlNames;

/** A GPU model joined into another module's query for its name, as {@link io.dcim.inventory.site.SiteJoin}. */
public final class GpuModelJoin {

    private final String alias;

    private GpuModelJoin(String alias) {
        this.alias = HqlNames.alias(alias);
    }

    public static GpuModelJoin as(String alias) {
        return new GpuModelJoin(alias);
    }

    public String on(String gpuModelIdPath) {
        return " join GpuModel " + alias + " on " + alias + ".id = " + HqlNames.path(gpuModelIdPath);
    }

    public String name() {
        return alias + ".name";
    }
}
