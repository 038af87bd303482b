package io.dcim.inventory.field;

import static io.dcim.common.access.Permission.FIELD_MANAGE;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.ObjectUseCases;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.tag.ObjectType;
import java.util.List;

/**
 * Custom field definitions, kept by those who hold {@code field.manage}. An object's values are edited with
 * the object, through its façade and permission.
 */
public final class CustomFieldFacade extends ObjectUseCases<CustomField, CustomFieldDetails> {

    private final CustomFieldService fields;

    public CustomFieldFacade(Database db, CustomFieldService fields) {
        super(db, FIELD_MANAGE, fields::create, fields::edit, fields::delete);
        this.fields = fields;
    }

    /** Every definition, or one type's when {@code type} is given. */
    public List<Versioned<CustomFieldDetails>> fields(Caller caller, ObjectType type) {
        caller.require(READ);
        return (type == null ? fields.fields() : fields.fields(type)).stream()
                .map(field -> Versioned.of(field, CustomField::details)).toList();
    }

    public Versioned<CustomFieldDetails> field(Caller caller, long id) {
        return readForEdit(caller, () -> fields.field(id), CustomField::details);
    }
}
