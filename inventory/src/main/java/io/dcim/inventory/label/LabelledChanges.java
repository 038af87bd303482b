package io.dcim.inventory.label;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.access.UseCase;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.tag.ObjectType;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The create, edit and delete use cases of an object people label (a site, a cabinet): the object's own change
 * and its tags and custom field values in one transaction under one permission, the labels taken off with the
 * object. Each façade keeps its own methods and says what the change is; this is how it runs.
 */
public record LabelledChanges(Database db, Permission permission, ObjectType type) {

    /** Creates the object, then labels it ({@code labels} may be null). */
    public <T> T create(Caller caller, Labels labels, Supplier<T> create, ToLongFunction<T> id) {
        return UseCase.run(db, caller, permission, session -> {
            T created = create.get();
            new Labelling(db).apply(type, id.applyAsLong(created), labels);
            return created;
        });
    }

    /** Edits object {@code id}, then its labels ({@code labels} may be null). */
    public <T> T edit(Caller caller, long id, Labels labels, Supplier<T> edit) {
        return UseCase.run(db, caller, permission, session -> {
            T edited = edit.get();
            new Labelling(db).apply(type, id, labels);
            return edited;
        });
    }

    /** Deletes object {@code id} and takes its labels off. */
    public void delete(Caller caller, long id, Runnable delete) {
        UseCase.perform(db, caller, permission, session -> {
            delete.run();
            new Labelling(db).forget(type, id);
        });
    }
}
