package io.dcim.power.webhook;

/** Where one event's delivery to one rule's destination stands. */
public enum DeliveryState {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Accepted by the destination; never sent again. */
    DELIVERED,
    /** Refused or unreachable on every attempt allowed: kept for people to see and retry. */
    DEAD
}
