package io.dcim.procurement.request;

import io.dcim.common.error.IllegalTransitionException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;
import static io.dcim.common.text.Fields.required;

/**
 * The only way a request's status changes: each step is checked against the state machine of
 * {@link RequestStatus} and written to the request's timeline with who, when and why. Used by
 * the approval, order, receiving and contract services inside their own transactions.
 */
public final class RequestWorkflow {

    static final int MAX_COMMENT = 2000;
    static final int MAX_ACTOR = 120;

    private RequestWorkflow() {
    }

    /**
     * Moves the request to {@code target} and records the step.
     *
     * @throws IllegalTransitionException when the request's state machine does not allow it
     * @throws InvalidValueException      naming {@code comment} when a reject or return gives no reason
     */
    public static TimelineEntry move(Session session, PurchaseRequest request, RequestStatus target, RequestAction action,
                                     String actor, String comment, Instant at) {
        RequestStatus from = request.getStatus();
        checkTransition(request, target);
        String who = actor(actor);
        String why = comment(action, comment);
        request.setStatus(target);
        TimelineEntry entry = record(session, request, action, from, who, why, at);
        RequestEvents.moved(session, request, who, why, at);
        return entry;
    }

    /**
     * Records a step that leaves the status as it is (the first of two approvals, a further
     * partial delivery). The request's version is still raised, so that two people acting on
     * the same request at once cannot both succeed.
     */
    public static TimelineEntry note(Session session, PurchaseRequest request, RequestAction action, String actor,
                                     String comment, Instant at) {
        String who = actor(actor);
        String why = comment(action, comment);
        session.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return record(session, request, action, request.getStatus(), who, why, at);
    }

    /** Submits (or resubmits) the request: a new approval round that needs {@code approvalsRequired} approvals. */
    public static TimelineEntry submit(Session session, PurchaseRequest request, int approvalsRequired, String actor,
                                       String comment, Instant at) {
        if (approvalsRequired < 1) {
            throw new IllegalArgumentException("a request needs at least one approval");
        }
        checkTransition(request, RequestStatus.SUBMITTED);
        request.startRound(approvalsRequired);
        return move(session, request, RequestStatus.SUBMITTED, RequestAction.SUBMIT, actor, comment, at);
    }

    /** Records the creation of a new request (status DRAFT). */
    static TimelineEntry created(Session session, PurchaseRequest request, Instant at) {
        return record(session, request, RequestAction.CREATE, null, request.getRequester(), null, at);
    }

    private static void checkTransition(PurchaseRequest request, RequestStatus target) {
        RequestStatus from = request.getStatus();
        if (!from.canMoveTo(target, request.getKind())) {
            throw new IllegalTransitionException("status", from, target, from.next(request.getKind()));
        }
    }

    private static TimelineEntry record(Session session, PurchaseRequest request, RequestAction action, RequestStatus from,
                                        String actor, String comment, Instant at) {
        TimelineEntry entry = new TimelineEntry(request, action, from, actor, at, comment);
        session.persist(entry);
        return entry;
    }

    static String actor(String actor) {
        return required("actor", actor, MAX_ACTOR);
    }

    private static String comment(RequestAction action, String comment) {
        String text = optional("comment", comment, MAX_COMMENT);
        if (text == null && action.needsComment()) {
            throw new InvalidValueException("comment", Message.of("procurement.request.commentRequired", action.verb()));
        }
        return text;
    }
}
