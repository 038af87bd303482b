package io.dcim.common.persistence;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.Message;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Deleting an object that other modules may still refer to (a site's power targets, a tenant's
 * demand, a model's purchase lines). The owning module checks its own children by name and says
 * so; what it cannot see, the database's foreign keys refuse at the flush, and that refusal reads
 * as "still in use" rather than as a constraint's name.
 */
public final class Removal {

    private Removal() {
    }

    /** Removes {@code entity} now (flushed), refusing with a conflict naming {@code what} while anything refers to it. */
    public static void remove(Session session, Object entity, Message what) {
        session.remove(entity);
        try {
            session.flush();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException) {
                    throw new ConflictException("id", Message.of("common.delete.stillReferenced", what));
                }
            }
            throw e;
        }
    }
}
