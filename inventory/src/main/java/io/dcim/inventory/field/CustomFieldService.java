package io.dcim.inventory.field;

import static io.dcim.common.text.Fields.required;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.VersionedStore;
import io.dcim.inventory.tag.ObjectType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * The custom field definitions of each kind of object. A definition whose values exist keeps its kind and
 * its object type, and keeps every choice a value uses: a change never leaves a stored value invalid.
 */
public final class CustomFieldService {

    /** Lower case, digits and underscores, starting with a letter: usable as {@code cf_<key>} in URLs and headers. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final Database db;
    private final VersionedStore<CustomField> store;

    public CustomFieldService(Database db) {
        this.db = db;
        this.store = VersionedStore.named(db, CustomField.class, "custom field", CustomField::getVersion, CustomField::getKey);
    }

    /** The fields of every type, by type then position. */
    public List<CustomField> fields() {
        return db.read(session -> session.createQuery("from CustomField f order by f.objectType, f.position, f.fieldKey",
                CustomField.class).getResultList());
    }

    /** The fields of one type, in position order. */
    public List<CustomField> fields(ObjectType type) {
        return db.read(session -> FieldValues.definitions(session, type));
    }

    public CustomField field(long id) {
        return store.find(id);
    }

    public CustomField create(CustomFieldDetails details) {
        return store.create(session -> new CustomField(checked(session, details, null)));
    }

    public CustomField edit(long id, int expectedVersion, CustomFieldDetails details) {
        return store.edit(id, expectedVersion, (session, field) -> {
            CustomFieldDetails checked = checked(session, details, field.getId());
            if (uses(session, field) > 0) {
                keepValuesValid(session, field, checked);
            }
            field.apply(checked);
        });
    }

    /** Deletes a field no object has a value of; one in use is refused with the count. */
    public void delete(long id, int expectedVersion) {
        store.remove(id, expectedVersion, (session, field) -> {
            long uses = uses(session, field);
            if (uses > 0) {
                throw new ConflictException("id", Message.of("inventory.field.inUse", field.getKey(), uses));
            }
        });
    }

    private static void keepValuesValid(Session session, CustomField field, CustomFieldDetails changed) {
        if (changed.objectType() != field.getObjectType()) {
            throw new ConflictException("objectType", Message.of("inventory.field.typeInUse", field.getKey()));
        }
        if (changed.kind() != field.getKind()) {
            throw new ConflictException("kind", Message.of("inventory.field.kindInUse", field.getKey()));
        }
        if (field.getKind() == FieldKind.CHOICE) {
            List<String> used = session.createQuery("select distinct v.fieldValue from CustomFieldValue v"
                    + " where v.fieldId = :f order by v.fieldValue", String.class).setParameter("f", field.getId())
                    .getResultList();
            List<String> dropped = used.stream().filter(value -> !changed.choices().contains(value)).toList();
            if (!dropped.isEmpty()) {
                throw new ConflictException("choices", Message.of("inventory.field.choiceInUse", String.join(", ", dropped)));
            }
        }
    }

    private static CustomFieldDetails checked(Session session, CustomFieldDetails details, Long self) {
        if (details.objectType() == null) {
            throw new InvalidValueException("objectType", Message.of("common.field.required"));
        }
        String key = required("key", details.key(), 40);
        if (!KEY.matcher(key).matches()) {
            throw new InvalidValueException("key", Message.of("inventory.field.badKey", key));
        }
        String labelEn = required("labelEn", details.labelEn(), 80);
        String labelZh = required("labelZh", details.labelZh(), 80);
        if (details.kind() == null) {
            throw new InvalidValueException("kind", Message.of("common.field.required"));
        }
        List<String> choices = choices(details);
        if (details.position() < 0) {
            throw new InvalidValueException("position", Message.of("inventory.field.negativePosition"));
        }
        Long clashes = session.createQuery("select count(f) from CustomField f where f.objectType = :type"
                        + " and f.fieldKey = :key and f.id <> :self", Long.class)
                .setParameter("type", details.objectType()).setParameter("key", key)
                .setParameter("self", self == null ? -1L : self).getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("key", Message.of("inventory.field.exists", key,
                    details.objectType().noun()));
        }
        return new CustomFieldDetails(details.objectType(), key, labelEn, labelZh, details.kind(), choices,
                details.required(), details.position());
    }

    /** A choice field's choices trimmed, each once, at least one; other kinds have none. */
    private static List<String> choices(CustomFieldDetails details) {
        if (details.kind() != FieldKind.CHOICE) {
            return List.of();
        }
        Set<String> choices = new LinkedHashSet<>();
        for (String choice : details.choices()) {
            String trimmed = io.dcim.common.text.Fields.optional("choices", choice, 100);
            if (trimmed != null && choices.stream().noneMatch(trimmed::equalsIgnoreCase)) {
                choices.add(trimmed);
            }
        }
        if (choices.isEmpty()) {
            throw new InvalidValueException("choices", Message.of("inventory.field.noChoices"));
        }
        return new ArrayList<>(choices);
    }

    private static long uses(Session session, CustomField field) {
        return session.createQuery("select count(v) from CustomFieldValue v where v.fieldId = :f", Long.class)
                .setParameter("f", field.getId()).getSingleResult();
    }
}
