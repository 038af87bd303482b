package io.dcim.inventory.field;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * One object's value of one custom field, in the field kind's canonical text. The field says which kind of
 * object {@code objectId} names. Edited with the object (against the object's version), hence no version here.
 */
@Entity
@Audited
@Table(name = "custom_field_value")
public class CustomFieldValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_value_seq")
    @SequenceGenerator(name = "custom_field_value_seq", sequenceName = "custom_field_value_seq", allocationSize = 50)
    private Long id;

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

    public Long getId() { return id; }
    public long getFieldId() { return fieldId; }
    public long getObjectId() { return objectId; }
    public String getFieldValue() { return fieldValue; }

    void setFieldValue(String fieldValue) {
        this.fieldValue = fieldValue;
    }
}
