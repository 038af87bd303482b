package io.dcim.common.edit;

/**
 * An object people edit: known by its id, and guarded by the version an edit names, so that a change saved
 * meanwhile by someone else is refused rather than overwritten ({@link Versioned}).
 */
public interface Editable {

    Long getId();

    int getVersion();
}
