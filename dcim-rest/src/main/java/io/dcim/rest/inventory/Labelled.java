package io.dcim.rest.inventory;

import io.dcim.inventory.label.LabelFilter;
import io.dcim.inventory.label.LabelView;
import io.dcim.inventory.label.Labels;
import io.dcim.inventory.tag.TagChip;
import io.dcim.rest.SentFields;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Tags and custom fields the same way for sites, cabinets, devices and GPUs: {@code "tags"} as slugs and
 * {@code "customFields"} by key in answers and PATCH bodies, {@code ?tag=} (repeatable: all of them) and
 * {@code ?cf_<key>=} on lists.
 */
final class Labelled {

    static final String CF = "cf_";

    private Labelled() {
    }

    /** The list filter from {@code ?tag=} and every {@code ?cf_<key>=} parameter of the request. */
    static LabelFilter filter(List<String> tags, UriInfo uri) {
        Map<String, String> values = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, given) -> {
            if (name.startsWith(CF) && name.length() > CF.length() && !given.isEmpty()) {
                values.put(name.substring(CF.length()), given.get(given.size() - 1));
            }
        });
        return new LabelFilter(tags, values);
    }

    /**
     * What a PATCH body changes: {@code "tags"} replaces the object's tags when sent ({@code null} or {@code []}
     * takes them all off); {@code "customFields"} sets the keys it names, {@code null} clearing one.
     */
    static Labels labels(SentFields sent, List<String> tags, Map<String, Object> customFields) {
        LinkedHashSet<String> newTags = sent.has("tags") ? new LinkedHashSet<>(tags == null ? List.of() : tags) : null;
        Map<String, String> values = null;
        if (customFields != null) {
            values = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : customFields.entrySet()) {
                values.put(e.getKey(), text(e.getValue()));
            }
        }
        return new Labels(newTags, values);
    }

    static List<String> slugs(LabelView view) {
        return view.tags().stream().map(TagChip::slug).toList();
    }

    /** A JSON number is taken as written ({@code 10.50} stays a decimal), a string as it is. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).toPlainString();
        }
        return value.toString();
    }
}
