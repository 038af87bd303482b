package io.dcim.common.access;

import io.dcim.common.audit.Actor;
import io.dcim.common.edit.Editable;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * How every use case of the application layer runs: the caller's permission is checked first,
 * then the work runs in one transaction, recorded in the change history under the caller's name.
 */
public final class UseCase {

    private UseCase() {
    }

    public static <T> T run(Database db, Caller caller, Permission permission, Function<Session, T> work) {
        caller.require(permission);
        return Actor.as(caller.username(), () -> db.inTransaction(work));
    }

    /**
     * What an edit form or an API answer starts from, for anyone who may {@code read}: the object {@code find}
     * answers, its facts as {@code details} takes them, and the id and version they were read at, in one transaction.
     */
    public static <E extends Editable, T> Versioned<T> readForEdit(Database db, Caller caller, Supplier<E> find,
            Function<? super E, T> details) {
        caller.require(Permission.READ);
        return db.read(session -> Versioned.of(find.get(), details));
    }

    /** {@link #run} for a use case that answers nothing (deletes, releases, settings). */
    public static void perform(Database db, Caller caller, Permission permission, Consumer<Session> work) {
        run(db, caller, permission, session -> {
            work.accept(session);
            return null;
        });
    }

    /**
     * For a use case whose domain service is already one transaction of its own (and may report
     * refusals it collected rather than throw): the permission check and the caller's name only.
     */
    public static <T> T call(Caller caller, Permission permission, Supplier<T> work) {
        caller.require(permission);
        return Actor.as(caller.username(), work);
    }

    /** {@link #call} for a use case that answers nothing. */
    public static void perform(Caller caller, Permission permission, Runnable work) {
        call(caller, permission, () -> {
            work.run();
            return null;
        });
    }
}
