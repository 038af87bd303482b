package io.dcim.common.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity people edit: an edit names the version it read, and one saved meanwhile by someone else is refused
 * rather than overwritten ({@link VersionedStore}, {@link io.dcim.common.edit.Versioned}). Envers leaves the
 * version out of the history, as it does for every entity's optimistic-locking field.
 */
@MappedSuperclass
public abstract class VersionedEntity extends Identified {

    @Version
    private int version;

    public int getVersion() { return version; }
}
