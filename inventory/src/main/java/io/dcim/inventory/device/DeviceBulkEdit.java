package io.dcim.inventory.device;

import io.dcim.common.edit.Change;
import java.io.Serializable;

/**
 * What a bulk edit sets on every device of a selection: a lifecycle status ({@code null} to keep each
 * device's own), a tenant and notes (each a {@link Change}; none to keep, a change to {@code null} clears).
 */
public record DeviceBulkEdit(LifecycleStatus status, Change<Long> tenantId, Change<String> notes) implements Serializable {

    boolean changesIdentity() {
        return Change.any(tenantId, notes);
    }

    boolean isEmpty() {
        return status == null && !changesIdentity();
    }
}
