package io.dcim.inventory.gpu;

/** A card to register: in a server's slot (slot null = first free) or on the shelf (server null). */
public record NewGpu(String serial, long gpuModelId, Long serverId, Integer slotIndex, GpuStatus status, Long tenantId) {
}
