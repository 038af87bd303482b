package io.dcim.inventory.gpu;

import java.io.Serializable;

/** Filters of the GPU list; null means "any". */
public record GpuFilter(Long siteId, Long gpuModelId, GpuStatus status, Long tenantId, Long serverId) implements Serializable {

    public static GpuFilter all() {
        return new GpuFilter(null, null, null, null, null);
    }
}
