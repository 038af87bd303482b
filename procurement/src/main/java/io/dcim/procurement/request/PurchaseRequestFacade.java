package io.dcim.procurement.request;

import static io.dcim.common.access.Permission.PURCHASE_REQUEST;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.procurement.approval.ApprovalService;

/**
 * A requester's use cases on their purchase requests, as every door takes them: draft, edit,
 * delete a draft, submit and withdraw, each needing {@code purchase.request} and recorded under
 * the caller's name. Whose request it is and what its status allows stay the domain's rules
 * ({@link PurchaseRequestService}, {@link ApprovalService}): submitting and withdrawing are
 * moves of the approval workflow, so this façade hands them to it.
 */
public final class PurchaseRequestFacade {

    private final PurchaseRequestService requests;
    private final ApprovalService approvals;

    public PurchaseRequestFacade(PurchaseRequestService requests, ApprovalService approvals) {
        this.requests = requests;
        this.approvals = approvals;
    }

    /** A new request in DRAFT, the caller's. */
    public PurchaseRequest create(Caller caller, RequestDraft draft) {
        return UseCase.call(caller, PURCHASE_REQUEST, () -> requests.create(caller.username(), draft));
    }

    /** Changes the caller's DRAFT or RETURNED request. */
    public PurchaseRequest edit(Caller caller, long id, int expectedVersion, RequestDraft draft) {
        return UseCase.call(caller, PURCHASE_REQUEST, () -> requests.edit(id, expectedVersion, caller.username(), draft));
    }

    /** Deletes the caller's draft. */
    public void delete(Caller caller, long id, int expectedVersion) {
        UseCase.perform(caller, PURCHASE_REQUEST, () -> requests.delete(id, expectedVersion, caller.username()));
    }

    /** Sends the caller's DRAFT or RETURNED request for approval. */
    public PurchaseRequest submit(Caller caller, long id, int expectedVersion, String comment) {
        return UseCase.call(caller, PURCHASE_REQUEST, () -> approvals.submit(id, expectedVersion, caller.username(), comment));
    }

    /** Withdraws the caller's request before it is ordered. */
    public PurchaseRequest withdraw(Caller caller, long id, int expectedVersion, String comment) {
        return UseCase.call(caller, PURCHASE_REQUEST, () -> approvals.withdraw(id, expectedVersion, caller.username(), comment));
    }
}
