package io.dcim.inventory.field;

import io.dcim.common.persistence.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * One object's value of one custom field, in the field kind's canonical text. The field says which kind of
 * object {@code objectId} names. Edited with the object (against the object's version), hence no version here.
 */
@Entity
@Audited
@Table(name = "custom_field_value")
public class CustomFieldValue extends Identified {

    private long fieldId;
    private long objectId;
    private String fieldValue;

    protected CustomFieldValue() {
    }

    CustomFieldValue(long fieldId, long objectId, String fieldValue) {
        this.fieldId = fieldId;
        this.objectId = objectId;
        this.fieldValue = fieldValue;
    }

    public long getFieldId() { return fieldId; }
    public long getObjectId() { return objectId; }
    public String getFieldValue() { return fieldValue; }

    void setFieldValue(String fieldValue) {
        this.fieldValue = fieldValue;
    }
}
