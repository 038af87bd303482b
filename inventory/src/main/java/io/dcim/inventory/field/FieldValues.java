package io.dcim.inventory.field;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Chunks;
import io.dcim.inventory.tag.ObjectType;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Objects' custom field values, the same for every {@link ObjectType}, inside the transaction of the use case
 * that edits the object. Values are given and read as text by field key; each is checked by its field's kind.
 */
public final class FieldValues {

    private FieldValues() {
    }

    public static List<CustomField> definitions(Session session, ObjectType type) {
        return session.createQuery("from CustomField f where f.objectType = :type order by f.position, f.fieldKey",
                CustomField.class).setParameter("type", type).getResultList();
    }

    /** The field of that type with that key, if there is one. */
    public static Optional<CustomField> definition(Session session, ObjectType type, String key) {
        return session.createQuery("from CustomField f where f.objectType = :type and f.fieldKey = :key", CustomField.class)
                .setParameter("type", type).setParameter("key", key).uniqueResultOptional();
    }

    /** Each object's values by field key (in the fields' order); objects without values are absent. */
    public static Map<Long, Map<String, String>> of(Session session, ObjectType type, Collection<Long> ids) {
        // Ids and keys only: a list page asks on every call, and loading the fields as entities was 2 % of a GPU page's
        // request-thread samples (JFR, issue #11).
        Map<Long, String> keys = new LinkedHashMap<>();
        session.createQuery("select f.id, f.fieldKey from CustomField f where f.objectType = :type"
                        + " order by f.position, f.fieldKey", Object[].class).setParameter("type", type).getResultList()
                .forEach(row -> keys.put((Long) row[0], (String) row[1]));
        Map<Long, Map<String, String>> values = new HashMap<>();
        if (keys.isEmpty()) {
            return values;
        }
        for (List<Long> chunk : Chunks.of(ids)) {
            session.createQuery("from CustomFieldValue v where v.fieldId in (:fields) and v.objectId in (:ids)",
                            CustomFieldValue.class)
                    .setParameter("fields", keys.keySet()).setParameter("ids", chunk).getResultList()
                    .forEach(v -> values.computeIfAbsent(v.getObjectId(), id -> new LinkedHashMap<>())
                            .put(keys.get(v.getFieldId()), v.getFieldValue()));
        }
        // in the fields' order, whatever order the rows came in
        values.replaceAll((id, byKey) -> {
            Map<String, String> ordered = new LinkedHashMap<>();
            keys.values().stream().filter(byKey::containsKey).forEach(k -> ordered.put(k, byKey.get(k)));
            return ordered;
        });
        return values;
    }

    /**
     * Sets the given fields of one object: a blank or null value clears the field, fields not named stay.
     * A key the type does not define, a value its kind refuses, or a required field left empty is refused,
     * naming {@code customFields.<key>}.
     */
    public static void set(Session session, ObjectType type, long id, Map<String, String> changes) {
        Map<String, CustomField> fields = new LinkedHashMap<>();
        definitions(session, type).forEach(f -> fields.put(f.getKey(), f));
        for (String key : changes.keySet()) {
            if (!fields.containsKey(key)) {
                throw new InvalidValueException("customFields." + key, Message.of("inventory.field.unknown", key,
                        type.noun()));
            }
        }
        Map<Long, CustomFieldValue> stored = new HashMap<>();
        if (!fields.isEmpty()) {
            session.createQuery("from CustomFieldValue v where v.fieldId in (:fields) and v.objectId = :id",
                            CustomFieldValue.class)
                    .setParameter("fields", fields.values().stream().map(CustomField::getId).toList())
                    .setParameter("id", id).getResultList().forEach(v -> stored.put(v.getFieldId(), v));
        }
        for (CustomField field : fields.values()) {
            CustomFieldValue current = stored.get(field.getId());
            if (changes.containsKey(field.getKey())) {
                String typed = changes.get(field.getKey());
                String value = typed == null || typed.isBlank() ? null : field.canonical(typed);
                current = store(session, field, id, current, value);
            }
            if (field.isRequired() && current == null) {
                throw new InvalidValueException(field.path(), Message.of("common.field.required"));
            }
        }
    }

    /** The value now stored, or null when the field is cleared. */
    private static CustomFieldValue store(Session session, CustomField field, long id, CustomFieldValue current,
            String value) {
        if (value == null) {
            if (current != null) {
                session.remove(current);
            }
            return null;
        }
        if (current == null) {
            CustomFieldValue created = new CustomFieldValue(field.getId(), id, value);
            session.persist(created);
            return created;
        }
        current.setFieldValue(value);
        return current;
    }

    /** Removes the values of an object that is being deleted, so none outlives it (and keeps its field in use). */
    public static void forget(Session session, ObjectType type, long id) {
        List<Long> fields = definitions(session, type).stream().map(CustomField::getId).toList();
        if (!fields.isEmpty()) {
            session.createQuery("from CustomFieldValue v where v.fieldId in (:fields) and v.objectId = :id",
                            CustomFieldValue.class)
                    .setParameter("fields", fields).setParameter("id", id).getResultList().forEach(session::remove);
        }
    }

    /** {@code value} as a filter on {@code field} compares it: canonical, or refused naming {@code cf_<key>}. */
    public static String filterValue(CustomField field, String value) {
        try {
            return field.canonical(value);
        } catch (InvalidValueException refused) {
            throw new InvalidValueException("cf_" + field.getKey(), refused.why());
        }
    }
}
