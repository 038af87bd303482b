package io.dcim.inventory.gpu;

import io.dcim.common.edit.Change;
import io.dcim.inventory.label.Labels;

/**
 * What one update of a card changes, all or nothing: the server it sits in ({@link Change} to a
 * server id, or to {@code null} to take it out onto the shelf) and slot, its status, its tenant
 * ({@code null} for no change), its tags and custom field values ({@code null} to keep them; {@code device.edit}).
 */
public record GpuUpdate(Change<Long> serverId, Integer slotIndex, GpuStatus status, Change<Long> tenantId, Labels labels) {

    /** An update that leaves tags and custom fields as they are. */
    public GpuUpdate(Change<Long> serverId, Integer slotIndex, GpuStatus status, Change<Long> tenantId) {
        this(serverId, slotIndex, status, tenantId, null);
    }

    boolean changesLabels() {
        return labels != null && !labels.isEmpty();
    }

    boolean changesPlaceOrStatus() {
        return serverId != null || status != null;
    }
}
