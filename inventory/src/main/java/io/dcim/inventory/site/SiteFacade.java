package io.dcim.inventory.site;

import static io.dcim.common.access.Permission.SITE_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.label.LabelledUseCases;
import io.dcim.inventory.tag.ObjectType;

/**
 * The frame the cabinets hang in, as people build and correct it: sites, their rooms and their
 * rows, created, edited against the version read, and deleted while nothing is in them. Every
 * change needs {@code site.manage} and runs in one transaction under the caller's name.
 */
public final class SiteFacade extends LabelledUseCases<Site, SiteDetails, SiteDetails> {

    private final Database db;
    private final SiteService sites;

    public SiteFacade(Database db, SiteService sites) {
        super(db, SITE_MANAGE, ObjectType.SITE, sites::create, sites::edit, sites::deleteSite);
        this.db = db;
        this.sites = sites;
    }

    /** The site as an edit form starts from, with the version to edit against. */
    public Versioned<SiteDetails> site(Caller caller, long id) {
        return readForEdit(caller, () -> sites.site(id), SiteDetails::of);
    }

    public Room createRoom(Caller caller, long siteId, String name) {
        return UseCase.run(db, caller, SITE_MANAGE, session -> sites.createRoom(siteId, name));
    }

    public Room editRoom(Caller caller, long id, int expectedVersion, String name) {
        return UseCase.run(db, caller, SITE_MANAGE, session -> sites.editRoom(id, expectedVersion, name));
    }

    public void deleteRoom(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, SITE_MANAGE, session -> sites.deleteRoom(id, expectedVersion));
    }

    public CabinetRow createRow(Caller caller, long roomId, String name, int position) {
        return UseCase.run(db, caller, SITE_MANAGE, session -> sites.createRow(roomId, name, position));
    }

    public CabinetRow editRow(Caller caller, long id, int expectedVersion, String name, int position) {
        return UseCase.run(db, caller, SITE_MANAGE, session -> sites.editRow(id, expectedVersion, name, position));
    }

    public void deleteRow(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, SITE_MANAGE, session -> sites.deleteRow(id, expectedVersion));
    }
}
