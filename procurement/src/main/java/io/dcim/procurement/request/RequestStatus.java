package io.dcim.procurement.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a purchase request is in its life. A request is drafted, submitted, decided on by
 * managers (approved, rejected, or returned to the requester to be edited and resubmitted),
 * ordered, received and closed; it can be cancelled until it is ordered.
 */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    RETURNED,
    ORDERED,
    PARTIALLY_RECEIVED,
    RECEIVED,
    CLOSED,
    CANCELLED;

    /**
     * The states a request of {@code kind} may move to from this one. Outsourced compute has
     * nothing to receive: once its contract is signed (ORDERED) the request is closed.
     */
    public Set<RequestStatus> next(RequestKind kind) {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, CANCELLED);
            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED, RETURNED, CANCELLED);
            case RETURNED -> EnumSet.of(SUBMITTED, CANCELLED);
            case APPROVED -> EnumSet.of(ORDERED, CANCELLED);
            case ORDERED -> kind == RequestKind.OUTSOURCED_COMPUTE ? EnumSet.of(CLOSED) : EnumSet.of(PARTIALLY_RECEIVED, RECEIVED);
            case PARTIALLY_RECEIVED -> EnumSet.of(RECEIVED);
            case RECEIVED -> EnumSet.of(CLOSED);
            case REJECTED, CLOSED, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canMoveTo(RequestStatus target, RequestKind kind) {
        return next(kind).contains(target);
    }

    /** The requester may change the request only before it is submitted or after it came back. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Nothing more will happen to the request. */
    public boolean isFinal() {
        return this == REJECTED || this == CLOSED || this == CANCELLED;
    }
}
