package io.dcim.inventory.gpu;

import io.dcim.inventory.label.LabelFilter;
import java.io.Serializable;

/** Filters of the GPU list; null means "any"; {@code labels} keeps cards with all the tags and values given. */
public record GpuFilter(Long siteId, Long gpuModelId, GpuStatus status, Long tenantId, Long serverId, LabelFilter labels)
        implements Serializable {

    public GpuFilter(Long siteId, Long gpuModelId, GpuStatus status, Long tenantId, Long serverId) {
        this(siteId, gpuModelId, status, tenantId, serverId, LabelFilter.NONE);
    }

    public static GpuFilter all() {
        return new GpuFilter(null, null, null, null, null);
    }

    /** The same filter keeping only cards with these labels. */
    public GpuFilter withLabels(LabelFilter wanted) {
        return new GpuFilter(siteId, gpuModelId, status, tenantId, serverId, wanted);
    }
}
