package io.dcim.inventory.tag;

import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.TAG_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;
import java.util.List;

/**
 * The tags themselves, kept by those who hold {@code tag.manage}. Putting a tag on an object or taking it off
 * is part of editing that object, through that object's façade and permission.
 */
public final class TagFacade {

    private final Database db;
    private final TagService tags;

    public TagFacade(Database db, TagService tags) {
        this.db = db;
        this.tags = tags;
    }

    public List<TagSummary> tags(Caller caller) {
        caller.require(READ);
        return tags.tags();
    }

    public Versioned<TagDetails> tag(Caller caller, long id) {
        caller.require(READ);
        Tag tag = tags.tag(id);
        return new Versioned<>(tag.getId(), tag.getVersion(), tag.details());
    }

    public Tag create(Caller caller, TagDetails details) {
        return UseCase.run(db, caller, TAG_MANAGE, session -> tags.create(details));
    }

    public Tag edit(Caller caller, long id, int expectedVersion, TagDetails details) {
        return UseCase.run(db, caller, TAG_MANAGE, session -> tags.edit(id, expectedVersion, details));
    }

    public void delete(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, TAG_MANAGE, session -> tags.delete(id, expectedVersion));
    }
}
