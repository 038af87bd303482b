package io.dcim.inventory.device;

import io.dcim.common.edit.Change;
import io.dcim.inventory.label.Labels;

/**
 * What one update of a device changes, all or nothing: identity fields (each a {@link Change},
 * absent ones stay), a new location and a new lifecycle status (each {@code null} to stay), and the
 * override that lets a placement exceed the cabinet's contracted power; and its tags and custom field
 * values ({@link Labels}, {@code null} to keep them), which are part of its identity.
 */
public record DeviceUpdate(Change<String> assetTag, Change<String> serial, Change<String> name, Change<Long> tenantId,
        Change<String> notes, Location location, LifecycleStatus status, PowerOverride override, Labels labels) {

    /** An update that leaves tags and custom fields as they are. */
    public DeviceUpdate(Change<String> assetTag, Change<String> serial, Change<String> name, Change<Long> tenantId,
            Change<String> notes, Location location, LifecycleStatus status, PowerOverride override) {
        this(assetTag, serial, name, tenantId, notes, location, status, override, null);
    }

    boolean changesIdentity() {
        return Change.any(assetTag, serial, name, tenantId, notes) || changesLabels();
    }

    boolean changesLabels() {
        return labels != null && !labels.isEmpty();
    }
}
