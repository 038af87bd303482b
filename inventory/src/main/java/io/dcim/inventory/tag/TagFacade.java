package io.dcim.inventory.tag;

import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.TAG_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.ObjectUseCases;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;
import java.util.List;

/**
 * The tags themselves, kept by those who hold {@code tag.manage}. Putting a tag on an object or taking it off
 * is part of editing that object, through that object's façade and permission.
 */
public final class TagFacade extends ObjectUseCases<Tag, TagDetails> {

    private final TagService tags;

    public TagFacade(Database db, TagService tags) {
        super(db, TAG_MANAGE, tags::create, tags::edit, tags::delete);
        this.tags = tags;
    }

    public List<TagSummary> tags(Caller caller) {
        caller.require(READ);
        return tags.tags();
    }

    public Versioned<TagDetails> tag(Caller caller, long id) {
        return readForEdit(caller, () -> tags.tag(id), Tag::details);
    }
}
