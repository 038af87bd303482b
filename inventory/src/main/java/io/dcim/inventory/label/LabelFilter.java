package io.dcim.inventory.label;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list's filter on tags and custom fields: objects carrying every one of {@code tags} (slugs), and whose
 * custom field of each key holds the value given (compared in the field kind's canonical form).
 */
public record LabelFilter(List<String> tags, Map<String, String> customFields) implements Serializable {

    public static final LabelFilter NONE = new LabelFilter(List.of(), Map.of());

    public LabelFilter {
        tags = tags == null ? List.of() : tags.stream().filter(t -> t != null && !t.isBlank()).toList();
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    }

    public static LabelFilter ofTags(String... slugs) {
        return new LabelFilter(List.of(slugs), Map.of());
    }

    public boolean isEmpty() {
        return tags.isEmpty() && customFields.isEmpty();
    }
}
