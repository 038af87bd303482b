package io.dcim.common.persistence;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import org.hibernate.Session;

/**
 * Loading by id with the two different failures people need told apart: the object a
 * request is about is missing (404), or a field of the request names something missing (the
 * field is wrong).
 */
public final class Lookup {

    private Lookup() {
    }

    /** The object the request is about; {@link NotFoundException} when it does not exist. */
    public static <T> T existing(Session session, Class<T> type, long id, String what) {
        T entity = session.find(type, id);
        if (entity == null) {
            throw new NotFoundException(Message.noun(type, what), id);
        }
        return entity;
    }

    /** An object a field refers to; null for a null id, {@link InvalidValueException} naming the field when missing. */
    public static <T> T referenced(Session session, Class<T> type, Long id, String field, String what) {
        if (id == null) {
            return null;
        }
        T entity = session.find(type, id);
        if (entity == null) {
            throw new InvalidValueException(field, Message.of("common.lookup.missingReference", Message.noun(type, what),
                    String.valueOf(id)));
        }
        return entity;
    }

    /** An object a field must name: refused naming the field when the id is missing or names nothing. */
    public static <T> T required(Session session, Class<T> type, Long id, String field, String what) {
        if (id == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
        return referenced(session, type, id, field, what);
    }

    /** Optimistic locking for edits made from a page or API call that read {@code expected} earlier. */
    public static void checkVersion(int actual, int expected, String what) {
        if (actual != expected) {
            throw ConflictException.staleVersion(what);
        }
    }

    /** The same, naming the object as {@link Message#named} does, so that it reads in the viewer's language. */
    public static void checkVersion(int actual, int expected, Message what) {
        if (actual != expected) {
            throw ConflictException.staleVersion(what);
        }
    }
}
