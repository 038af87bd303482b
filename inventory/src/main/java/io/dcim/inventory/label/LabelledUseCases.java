package io.dcim.inventory.label;

import io.dcim.common.access.Caller;
import io.dcim.common.access.ObjectUseCases.Delete;
import io.dcim.common.access.ObjectUseCases.Edit;
import io.dcim.common.access.Permission;
import io.dcim.common.access.UseCase;
import io.dcim.common.edit.Editable;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.tag.ObjectType;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The create, edit and delete use cases of an object people label (a site, a cabinet): the object's own change
 * and its tags and custom field values in one transaction under one permission, the labels taken off with the
 * object. A façade extends this with what its service does; {@code labels} may be null (labels left as they are).
 *
 * @param <E> the object
 * @param <N> what a create takes
 * @param <D> what an edit takes
 */
public class LabelledUseCases<E extends Editable, N, D> {

    private final Database db;
    private final Permission permission;
    private final ObjectType type;
    private final Function<N, E> create;
    private final Edit<E, D> edit;
    private final Delete delete;

    protected LabelledUseCases(Database db, Permission permission, ObjectType type, Function<N, E> create,
            Edit<E, D> edit, Delete delete) {
        this.db = db;
        this.permission = permission;
        this.type = type;
        this.create = create;
        this.edit = edit;
        this.delete = delete;
    }

    /** What an edit of the object {@code find} answers starts from ({@link UseCase#readForEdit}). */
    protected <T> Versioned<T> readForEdit(Caller caller, Supplier<E> find, Function<? super E, T> details) {
        return UseCase.readForEdit(db, caller, find, details);
    }

    public E create(Caller caller, N request) {
        return create(caller, request, null);
    }

    /** Creates the object, then labels it. */
    public E create(Caller caller, N request, Labels labels) {
        return UseCase.run(db, caller, permission, session -> {
            E created = create.apply(request);
            new Labelling(db).apply(type, created.getId(), labels);
            return created;
        });
    }

    public E edit(Caller caller, long id, int expectedVersion, D details) {
        return edit(caller, id, expectedVersion, details, null);
    }

    /** Edits object {@code id}, then its labels. */
    public E edit(Caller caller, long id, int expectedVersion, D details, Labels labels) {
        return UseCase.run(db, caller, permission, session -> {
            E edited = edit.edit(id, expectedVersion, details);
            new Labelling(db).apply(type, id, labels);
            return edited;
        });
    }

    /** Deletes object {@code id} and takes its labels off. */
    public void delete(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, permission, session -> {
            delete.delete(id, expectedVersion);
            new Labelling(db).forget(type, id);
        });
    }
}
