package io.dcim.inventory.label;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What an edit changes of an object's tags and custom field values. {@code tags}: the object's tags
 * afterwards, by slug ({@code null} keeps them). {@code customFields}: the values to set by field key, a
 * blank or null value clearing one; fields not named keep their values ({@code null}: none change).
 */
public record Labels(Set<String> tags, Map<String, String> customFields) implements Serializable {

    public Labels {
        tags = tags == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        customFields = customFields == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    }

    public static Labels none() {
        return new Labels(null, null);
    }

    public static Labels tags(Set<String> tags) {
        return new Labels(tags, null);
    }

    public boolean isEmpty() {
        return tags == null && (customFields == null || customFields.isEmpty());
    }
}
