package io.dcim.inventory.field;

import io.dcim.common.persistence.VersionedEntity;
import io.dcim.inventory.tag.ObjectType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A field the operator adds to one kind of object (a cabinet's "power contract number", a device's
 * "warranty end"): its key in the API, filters and spreadsheet columns, its label in both languages,
 * its kind and, for a choice, the choices.
 */
@Entity
@Audited
@Table(name = "custom_field")
public class CustomField extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ObjectType objectType;
    private String fieldKey;
    private String labelEn;
    private String labelZh;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private FieldKind kind;
    /** The choices one a line, for {@link FieldKind#CHOICE}; null otherwise. */
    private String choices;
    private boolean required;
    /** Where the field stands among its type's fields on pages and in spreadsheets. */
    private int position;

    protected CustomField() {
    }

    CustomField(CustomFieldDetails details) {
        apply(details);
    }

    void apply(CustomFieldDetails details) {
        this.objectType = details.objectType();
        this.fieldKey = details.key();
        this.labelEn = details.labelEn();
        this.labelZh = details.labelZh();
        this.kind = details.kind();
        this.choices = details.choices().isEmpty() ? null : String.join("\n", details.choices());
        this.required = details.required();
        this.position = details.position();
    }

    public ObjectType getObjectType() { return objectType; }
    public String getKey() { return fieldKey; }
    public FieldKind getKind() { return kind; }
    public boolean isRequired() { return required; }

    public List<String> getChoices() {
        return choices == null ? List.of() : Arrays.asList(choices.split("\n"));
    }

    /** The label in {@code locale}: Chinese for a Chinese reader, English otherwise. */
    public String label(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
    }

    public CustomFieldDetails details() {
        return new CustomFieldDetails(objectType, fieldKey, labelEn, labelZh, kind, getChoices(), required, position);
    }

    /** {@code value} as stored, or a refusal naming {@code customFields.<key>}. */
    String canonical(String value) {
        return kind.canonical(path(), value, getChoices());
    }

    /** The field path refusals name: {@code customFields.<key>}. */
    public String path() {
        return "customFields." + fieldKey;
    }
}
