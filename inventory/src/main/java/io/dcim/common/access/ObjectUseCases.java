package io.dcim.common.access;

import io.dcim.common.edit.Editable;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The create, edit and delete use cases of one kind of object people keep under one permission (tags, custom
 * fields, tenants, catalog models, webhook rules): each checks the permission, then runs the service's change in
 * one transaction under the caller's name ({@link UseCase#run}); an edit starts from {@link #readForEdit}. A façade
 * extends this, or holds one per kind of object it keeps, and adds only what differs: its reads and its other use
 * cases.
 *
 * @param <E> what a create or an edit answers (the entity, or a view of it)
 * @param <D> the details a create or an edit takes
 */
public class ObjectUseCases<E, D> {

    /** A service's edit of object {@code id} as read at {@code expectedVersion}. */
    @FunctionalInterface
    public interface Edit<E, D> {
        E edit(long id, int expectedVersion, D details);
    }

    /** A service's delete of object {@code id} as read at {@code expectedVersion}. */
    @FunctionalInterface
    public interface Delete {
        void delete(long id, int expectedVersion);
    }

    private final Database db;
    private final Permission permission;
    private final Function<D, E> create;
    private final Edit<E, D> edit;
    private final Delete delete;

    public ObjectUseCases(Database db, Permission permission, Function<D, E> create, Edit<E, D> edit, Delete delete) {
        this.db = db;
        this.permission = permission;
        this.create = create;
        this.edit = edit;
        this.delete = delete;
    }

    /** {@link UseCase#readForEdit} in this façade's database. */
    public <X extends Editable, T> Versioned<T> readForEdit(Caller caller, Supplier<X> find,
            Function<? super X, T> details) {
        return UseCase.readForEdit(db, caller, find, details);
    }

    public E create(Caller caller, D details) {
        return UseCase.run(db, caller, permission, session -> create.apply(details));
    }

    public E edit(Caller caller, long id, int expectedVersion, D details) {
        return UseCase.run(db, caller, permission, session -> edit.edit(id, expectedVersion, details));
    }

    public void delete(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, permission, session -> delete.delete(id, expectedVersion));
    }
}
