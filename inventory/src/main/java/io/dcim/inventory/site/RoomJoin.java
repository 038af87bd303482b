package io.dcim.inventory.site;

import io.dcim.common.paging.EntityJoin;

/** A room joined into another module's paged list for its name, as {@link SiteJoin} joins a site. */
public final class RoomJoin extends EntityJoin {

    private RoomJoin(String alias) {
        super("Room", alias);
    }

    public static RoomJoin as(String alias) {
        return new RoomJoin(alias);
    }
}
