package io.dcim.common.persistence;

import io.dcim.common.edit.Editable;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity people edit: an edit names the version it read, and one saved meanwhile by someone else is refused
 * rather than overwritten ({@link VersionedStore}, {@link io.dcim.common.edit.Versioned}). Envers leaves the
 * version out of the history, as it does for every entity's optimistic-locking field.
 */
@MappedSuperclass
public abstract class VersionedEntity extends Identified implements Editable {

    @Version
    private int version;

    @Override
    public int getVersion() { return version; }
}
