package io.dcim.inventory.tag;

import io.dcim.common.access.Permission;
import io.dcim.common.error.Message;
import java.util.Locale;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.gpu.Gpu;
import io.dcim.inventory.site.Site;

/**
 * The kinds of object that carry tags and custom fields. Tags and values name their object by this
 * type and its id, one mechanism for all four; labelling an object is part of editing it, so each
 * type says which permission edits it.
 */
public enum ObjectType {
    SITE(Site.class, Permission.SITE_MANAGE),
    CABINET(Cabinet.class, Permission.SITE_MANAGE),
    DEVICE(Device.class, Permission.DEVICE_EDIT),
    GPU(Gpu.class, Permission.DEVICE_EDIT);

    private final Class<?> entity;
    private final Permission editPermission;

    ObjectType(Class<?> entity, Permission editPermission) {
        this.entity = entity;
        this.editPermission = editPermission;
    }

    public Class<?> entity() {
        return entity;
    }

    /** The kind's name in the reader's language, for messages ("device", "设备"). */
    public Message noun() {
        return Message.noun(entity, name().toLowerCase(Locale.ROOT));
    }

    /** What a caller needs to change this kind of object's tags and custom field values. */
    public Permission editPermission() {
        return editPermission;
    }
}
