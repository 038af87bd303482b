package io.dcim.procurement.approval;

import static io.dcim.common.access.Permission.PURCHASE_APPROVE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.procurement.request.PurchaseRequest;

/**
 * A manager's decisions on submitted requests, as every door takes them: approve, reject,
 * return to the requester and cancel, each needing {@code purchase.approve} and recorded under
 * the caller's name. That nobody decides on their own request, and that each approval of a
 * round comes from a different manager, are {@link ApprovalService}'s rules, whoever calls.
 */
public final class ApprovalFacade {

    private final ApprovalService approvals;

    public ApprovalFacade(ApprovalService approvals) {
        this.approvals = approvals;
    }

    public PurchaseRequest approve(Caller caller, long id, int expectedVersion, String comment) {
        return UseCase.call(caller, PURCHASE_APPROVE, () -> approvals.approve(id, expectedVersion, caller.username(), comment));
    }

    public PurchaseRequest reject(Caller caller, long id, int expectedVersion, String comment) {
        return UseCase.call(caller, PURCHASE_APPROVE, () -> approvals.reject(id, expectedVersion, caller.username(), comment));
    }

    public PurchaseRequest returnToRequester(Caller caller, long id, int expectedVersion, String comment) {
        return UseCase.call(caller, PURCHASE_APPROVE,
                () -> approvals.returnToRequester(id, expectedVersion, caller.username(), comment));
    }

    /** Calls off a request that is not ordered yet (budget moved, a duplicate); its requester withdraws it instead. */
    public PurchaseRequest cancel(Caller caller, long id, int expectedVersion, String comment) {
        return UseCase.call(caller, PURCHASE_APPROVE, () -> approvals.cancel(id, expectedVersion, caller.username(), comment));
    }
}
