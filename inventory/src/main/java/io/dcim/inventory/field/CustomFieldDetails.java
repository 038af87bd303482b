package io.dcim.inventory.field;

import io.dcim.inventory.tag.ObjectType;
import java.io.Serializable;
import java.util.List;

/** A custom field's definition as people edit it; {@code choices} only for a {@link FieldKind#CHOICE}. */
public record CustomFieldDetails(ObjectType objectType, String key, String labelEn, String labelZh, FieldKind kind,
        List<String> choices, boolean required, int position) implements Serializable {

    public CustomFieldDetails {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
