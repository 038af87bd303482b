package io.dcim.inventory.site;

import io.dcim.common.paging.HqlNames;

/** A room joined into another module's paged list for its name, as {@link SiteJoin} joins a site. */
public final class RoomJoin {

    private final String alias;

    private RoomJoin(String alias) {
        this.alias = HqlNames.alias(alias);
    }

    public static RoomJoin as(String alias) {
        return new RoomJoin(alias);
    }

    public String leftOn(String roomIdPath) {
        return " left join Room " + alias + " on " + alias + ".id = " + HqlNames.path(roomIdPath);
    }

    public String name() {
        return alias + ".name";
    }
}
