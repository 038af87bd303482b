package io.dcim.inventory.gpu;

import io.dcim.common.edit.Change;

/**
 * What one update of a card changes, all or nothing: the server it sits in ({@link Change} to a
 * server id, or to {@code null} to take it out onto the shelf) and slot, its status, its tenant
 * ({@code null} for no change).
 */
public record GpuUpdate(Change<Long> serverId, Integer slotIndex, GpuStatus status, Change<Long> tenantId) {
}
