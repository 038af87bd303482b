package io.dcim.common.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What happened, by name: the kinds of domain event the modules record in the outbox and rules subscribe to.
 * Listed here, below every feature, so that a rule can name an event of any module without depending on it.
 */
public enum EventType {
    DEVICE_CREATED,
    DEVICE_MOVED,
    DEVICE_STATUS_CHANGED,
    ALARM_RAISED,
    ALARM_CLEARED,
    ALARM_ACKNOWLEDGED,
    PURCHASE_SUBMITTED,
    PURCHASE_APPROVED,
    PURCHASE_REJECTED,
    RESERVATION_EXPIRING;

    /** The dotted name receivers and the API see ({@code device.status_changed}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replaceFirst("_", ".");
    }

    public static Optional<EventType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
