package io.dcim.procurement.request;

import io.dcim.common.event.EventType;
import io.dcim.common.event.Events;
import java.time.Instant;
import java.util.Map;
import org.hibernate.Session;

/**
 * The outbox events of a purchase request's decisions: submitted, approved, rejected. Written by
 * {@link RequestWorkflow#move}, the one place a request changes state, in the transaction of the change; the
 * first of two approvals leaves the request submitted and is no "approved" event.
 */
final class RequestEvents {

    private static final Map<RequestStatus, EventType> REPORTED = Map.of(
            RequestStatus.SUBMITTED, EventType.PURCHASE_SUBMITTED,
            RequestStatus.APPROVED, EventType.PURCHASE_APPROVED,
            RequestStatus.REJECTED, EventType.PURCHASE_REJECTED);

    private RequestEvents() {
    }

    static void moved(Session session, PurchaseRequest request, String actor, String comment, Instant at) {
        EventType type = REPORTED.get(request.getStatus());
        if (type == null) {
            return;
        }
        Events.of(type, request.getTitle(), request.getId(), request.getSiteId())
                .with("title", request.getTitle())
                .with("requester", request.getRequester())
                .with("by", actor)
                .with("comment", comment)
                .with("grossTotal", request.getGrossTotal().toPlainString())
                .with("currency", request.getCurrency())
                .record(session, at);
    }
}
