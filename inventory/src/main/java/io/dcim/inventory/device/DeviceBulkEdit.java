package io.dcim.inventory.device;

import io.dcim.common.edit.Change;
import java.io.Serializable;
import java.util.Set;

/**
 * What a bulk edit sets on every device of a selection: a lifecycle status ({@code null} to keep each
 * device's own), a tenant and notes (each a {@link Change}; none to keep, a change to {@code null} clears),
 * tags to add and tags to take off (by slug; each device keeps its other tags).
 */
public record DeviceBulkEdit(LifecycleStatus status, Change<Long> tenantId, Change<String> notes, Set<String> addTags,
        Set<String> removeTags) implements Serializable {

    public DeviceBulkEdit {
        addTags = addTags == null ? Set.of() : Set.copyOf(addTags);
        removeTags = removeTags == null ? Set.of() : Set.copyOf(removeTags);
    }

    /** A bulk edit that leaves tags as they are. */
    public DeviceBulkEdit(LifecycleStatus status, Change<Long> tenantId, Change<String> notes) {
        this(status, tenantId, notes, Set.of(), Set.of());
    }

    boolean changesIdentity() {
        return Change.any(tenantId, notes) || changesTags();
    }

    boolean changesTags() {
        return !addTags.isEmpty() || !removeTags.isEmpty();
    }

    boolean isEmpty() {
        return status == null && !changesIdentity();
    }
}
