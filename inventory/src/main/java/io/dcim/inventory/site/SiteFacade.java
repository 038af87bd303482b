package io.dcim.inventory.site;

import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.SITE_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.label.LabelledChanges;
import io.dcim.inventory.label.Labels;
import io.dcim.inventory.tag.ObjectType;

/**
 * The frame the cabinets hang in, as people build and correct it: sites, their rooms and their
 * rows, created, edited against the version read, and deleted while nothing is in them. Every
 * change needs {@code site.manage} and runs in one transaction under the caller's name.
 */
public final class SiteFacade {

    private final Database db;
    private final SiteService sites;

    public SiteFacade(Database db, SiteService sites) {
        this.db = db;
        this.sites = sites;
    }

    /** The site as an edit form starts from, with the version to edit against. */
    public Versioned<SiteDetails> site(Caller caller, long id) {
        caller.require(READ);
        return db.read(session -> {
            Site site = sites.site(id);
            return new Versioned<>(site.getId(), site.getVersion(), SiteDetails.of(site));
        });
    }

    public Site create(Caller caller, SiteDetails details) {
        return create(caller, details, null);
    }

    /** Creates the site with its tags and custom field values in one transaction ({@code labels} may be null). */
    public Site create(Caller caller, SiteDetails details, Labels labels) {
        return changes().create(caller, labels, () -> sites.create(details), Site::getId);
    }

    public Site edit(Caller caller, long id, int expectedVersion, SiteDetails details) {
        return edit(caller, id, expectedVersion, details, null);
    }

    /** Edits the site and its tags and custom field values in one transaction ({@code labels} may be null). */
    public Site edit(Caller caller, long id, int expectedVersion, SiteDetails details, Labels labels) {
        return changes().edit(caller, id, labels, () -> sites.edit(id, expectedVersion, details));
    }

    public void delete(Caller caller, long id, int expectedVersion) {
        changes().delete(caller, id, () -> sites.deleteSite(id, expectedVersion));
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

    /** How a change of a site and of its labels runs: under {@code site.manage}, in one transaction. */
    private LabelledChanges changes() {
        return new LabelledChanges(db, SITE_MANAGE, ObjectType.SITE);
    }
}
