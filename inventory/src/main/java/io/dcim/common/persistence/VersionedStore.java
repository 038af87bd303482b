package io.dcim.common.persistence;

import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import org.hibernate.Session;

/**
 * Create, edit, delete and find for one kind of entity people edit, each in one transaction: an edit or a delete
 * names the version it read, and a version someone saved meanwhile is refused naming {@code version}; an id that is
 * not there is {@link NotFoundException not found}. A service keeps its own checks and queries and leaves this
 * bookkeeping, the same for every such entity, here.
 *
 * @param <E> the entity
 */
public final class VersionedStore<E> {

    private final Database db;
    private final Class<E> type;
    private final String what;
    private final ToIntFunction<E> version;
    private final BiFunction<Long, E, Message> named;

    /**
     * @param what  the entity's noun where the bundles have none ({@link Message#noun})
     * @param named how a stale-version refusal names the entity of an id
     */
    public VersionedStore(Database db, Class<E> type, String what, ToIntFunction<E> version, LongFunction<Message> named) {
        this(db, type, what, version, (id, entity) -> named.apply(id));
    }

    private VersionedStore(Database db, Class<E> type, String what, ToIntFunction<E> version,
            BiFunction<Long, E, Message> named) {
        this.db = db;
        this.type = type;
        this.what = what;
        this.version = version;
        this.named = named;
    }

    /**
     * The store of an entity people know by a name of its own (a tag, a tenant): refusals name it as
     * {@link Message#named} does, "tag Training pool".
     */
    public static <E> VersionedStore<E> named(Database db, Class<E> type, String what, ToIntFunction<E> version,
            Function<E, String> name) {
        return new VersionedStore<>(db, type, what, version,
                (BiFunction<Long, E, Message>) (id, entity) -> Message.named(type, what, name.apply(entity)));
    }

    /** Stores the entity {@code checked} makes, after its checks, in the same transaction. */
    public E create(Function<Session, E> checked) {
        return db.inTransaction(session -> {
            E entity = checked.apply(session);
            session.persist(entity);
            return entity;
        });
    }

    /** Changes the entity as read at {@code expectedVersion}: {@code change} checks the input and applies it. */
    public E edit(long id, int expectedVersion, BiConsumer<Session, E> change) {
        return db.inTransaction(session -> {
            E entity = current(session, id, expectedVersion);
            change.accept(session, entity);
            return entity;
        });
    }

    public void delete(long id, int expectedVersion) {
        db.execute(session -> session.remove(current(session, id, expectedVersion)));
    }

    /**
     * Deletes the entity as read at {@code expectedVersion} once {@code refuseWhileUsed} has found nothing of its own
     * module holding it; what other modules hold, the database refuses ({@link Removal}).
     */
    public void remove(long id, int expectedVersion, BiConsumer<Session, E> refuseWhileUsed) {
        db.execute(session -> {
            E entity = current(session, id, expectedVersion);
            refuseWhileUsed.accept(session, entity);
            Removal.remove(session, entity, named.apply(id, entity));
        });
    }

    public E find(long id) {
        return db.read(session -> Lookup.existing(session, type, id, what));
    }

    /** The entity as read at {@code expectedVersion}, in the caller's transaction. */
    public E current(Session session, long id, int expectedVersion) {
        E entity = Lookup.existing(session, type, id, what);
        Lookup.checkVersion(version.applyAsInt(entity), expectedVersion, named.apply(id, entity));
        return entity;
    }
}
