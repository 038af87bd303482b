package io.dcim.inventory.label;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.PagedQuery;
import io.dcim.inventory.field.CustomField;
import io.dcim.inventory.field.FieldValues;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.inventory.tag.Tag;
import io.dcim.inventory.tag.Tagging;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;

/**
 * Adds a {@link LabelFilter} to any list query of sites, cabinets, devices or GPUs: one {@code exists} per tag
 * and per custom field, each an indexed lookup by (type, object, tag) or (field, value), so the filter stays
 * fast at the demo's 57,600 GPUs. Tags and fields are resolved first: a slug or key that does not exist, or a
 * value its field's kind refuses, is refused naming the query parameter ({@code tag}, {@code cf_<key>}).
 */
public final class LabelConditions {

    private LabelConditions() {
    }

    /**
     * @param idPath the query's path to the object's id, e.g. {@code d.id}
     */
    public static <T> PagedQuery<T> apply(Session session, PagedQuery<T> query, ObjectType type, String idPath,
            LabelFilter filter) {
        if (filter == null || filter.isEmpty()) {
            return query;
        }
        String typeLiteral = ObjectType.class.getName() + "." + type.name();
        List<Tag> tags = resolve(session, filter.tags());
        for (int i = 0; i < tags.size(); i++) {
            query.where("exists (select 1 from TagAssignment ta" + i + " where ta" + i + ".objectType = " + typeLiteral
                    + " and ta" + i + ".objectId = " + idPath + " and ta" + i + ".tagId = :labelTag" + i + ")",
                    "labelTag" + i, tags.get(i).getId());
        }
        int i = 0;
        for (Map.Entry<String, String> wanted : filter.customFields().entrySet()) {
            String key = wanted.getKey();
            CustomField field = FieldValues.definition(session, type, key).orElseThrow(() -> new InvalidValueException(
                    "cf_" + key, Message.of("inventory.field.unknown", key, type.noun())));
            query.where("exists (select 1 from CustomFieldValue cv" + i + " where cv" + i + ".fieldId = :labelField" + i
                            + " and cv" + i + ".objectId = " + idPath + " and cv" + i + ".fieldValue = :labelValue" + i + ")",
                    Map.of("labelField" + i, field.getId(), "labelValue" + i, FieldValues.filterValue(field, wanted.getValue())));
            i++;
        }
        return query;
    }

    private static List<Tag> resolve(Session session, List<String> slugs) {
        try {
            return Tagging.resolve(session, slugs);
        } catch (InvalidValueException unknown) {
            throw new InvalidValueException("tag", unknown.why());
        }
    }
}
