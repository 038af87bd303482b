package io.dcim.common.persistence;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.text.Fields;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The persistence layer's safety net under the doors' own checks: no text property of any
 * entity is written with a control character other than tab, CR or LF. PostgreSQL refuses a
 * NUL with an error (a 500 before this), H2 stores it; both now refuse it the same way, with
 * {@link InvalidValueException} naming the property, before anything is written.
 */
final class ControlCharacterGuard implements PreInsertEventListener, PreUpdateEventListener {

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        check(event.getPersister(), event.getState());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        check(event.getPersister(), event.getState());
        return false;
    }

    private static void check(EntityPersister persister, Object[] state) {
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < state.length; i++) {
            if (state[i] instanceof String text) {
                int at = Fields.controlCharacterIndex(text, true);
                if (at >= 0) {
                    throw new InvalidValueException(names[i], Fields.controlCharacter(text, at));
                }
            }
        }
    }
}
