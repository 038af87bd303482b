package io.dcim.inventory.gpu;

import java.io.Serializable;

/** One line of the GPU list, joined in one query. */
public record GpuSummary(long id, String serial, long modelId, String model, GpuStatus status, Long serverId,
        String serverAssetTag, Integer slotIndex, String cabinetName, Long tenantId, String tenantName) implements Serializable {
}
