package io.dcim.inventory.label;

import io.dcim.inventory.tag.TagChip;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** An object's tags (in name order) and custom field values by key (in the fields' order), as shown. */
public record LabelView(List<TagChip> tags, Map<String, String> customFields) implements Serializable {

    public static final LabelView NONE = new LabelView(List.of(), Map.of());

    public LabelView {
        tags = List.copyOf(tags);
        customFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(customFields));
    }
}
