package io.dcim.inventory.label;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.field.FieldValues;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.inventory.tag.Tag;
import io.dcim.inventory.tag.TagChip;
import io.dcim.inventory.tag.Tagging;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags and custom field values of sites, cabinets, devices and GPUs, read and changed the same way for the
 * four. Changes run inside the transaction of the object's own edit (its façade checks the permission and the
 * version read) and count as a change of the object: its version moves on, so a form read before the tags
 * changed is refused rather than putting the old tags back.
 */
public final class Labelling {

    private final Database db;

    public Labelling(Database db) {
        this.db = db;
    }

    /** Applies {@code labels} to the object (nothing when it changes nothing). */
    public void apply(ObjectType type, long id, Labels labels) {
        if (labels == null || labels.isEmpty()) {
            return;
        }
        db.execute(session -> {
            if (labels.tags() != null) {
                Tagging.set(session, type, id, labels.tags());
            }
            if (labels.customFields() != null && !labels.customFields().isEmpty()) {
                FieldValues.set(session, type, id, labels.customFields());
            }
            touch(session, type, id);
        });
    }

    /** Adds and takes off tags by slug, leaving the object's others (bulk edits). */
    public void changeTags(ObjectType type, long id, Set<String> add, Set<String> remove) {
        if (add.isEmpty() && remove.isEmpty()) {
            return;
        }
        db.execute(session -> {
            List<Tag> added = Tagging.resolve(session, add);
            List<Tag> removed = Tagging.resolve(session, remove);
            Tagging.change(session, type, id, added, removed);
            touch(session, type, id);
        });
    }

    /** Takes the tags and values off an object its use case is deleting, in the same transaction. */
    public void forget(ObjectType type, long id) {
        db.execute(session -> {
            Tagging.forget(session, type, id);
            FieldValues.forget(session, type, id);
        });
    }

    public LabelView view(ObjectType type, long id) {
        return views(type, List.of(id)).getOrDefault(id, LabelView.NONE);
    }

    /** The labels of each object that has any, for a page of a list or an export. */
    public Map<Long, LabelView> views(ObjectType type, Collection<Long> ids) {
        return db.read(session -> {
            Map<Long, List<TagChip>> tags = Tagging.of(session, type, ids);
            Map<Long, Map<String, String>> values = FieldValues.of(session, type, ids);
            Map<Long, LabelView> views = new HashMap<>();
            for (Long id : ids) {
                List<TagChip> chips = tags.getOrDefault(id, List.of());
                Map<String, String> fields = values.getOrDefault(id, Map.of());
                if (!chips.isEmpty() || !fields.isEmpty()) {
                    views.put(id, new LabelView(chips, fields));
                }
            }
            return views;
        });
    }

    private static void touch(org.hibernate.Session session, ObjectType type, long id) {
        Object entity = session.find(type.entity(), id);
        if (entity != null) {
            session.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }
}
