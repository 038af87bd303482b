package io.dcim.inventory.device;

import io.dcim.common.edit.Change;

/**
 * What one update of a device changes, all or nothing: identity fields (each a {@link Change},
 * absent ones stay), a new location and a new lifecycle status (each {@code null} to stay), and the
 * override that lets a placement exceed the cabinet's contracted power.
 */
public record DeviceUpdate(Change<String> assetTag, Change<String> serial, Change<String> name, Change<Long> tenantId,
        Change<String> notes, Location location, LifecycleStatus status, PowerOverride override) {

    boolean changesIdentity() {
        return Change.any(assetTag, serial, name, tenantId, notes);
    }
}
