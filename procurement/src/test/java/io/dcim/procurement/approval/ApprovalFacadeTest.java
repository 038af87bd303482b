package io.dcim.procurement.approval;

import static io.dcim.common.access.Permission.PURCHASE_APPROVE;
import static io.dcim.common.access.Permission.PURCHASE_ORDER;
import static io.dcim.common.access.Permission.PURCHASE_REQUEST;
import static io.dcim.common.access.Permission.READ;
import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_1;
import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_2;
import static io.dcim.procurement.testing.ProcurementFixture.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestAction;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.TimelineEntry;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Managers' decisions as both doors take them: purchase.approve first, then the approval rules. */
class ApprovalFacadeTest {

    private static final Caller FIRST = Caller.of(MANAGER_1, READ, PURCHASE_APPROVE);
    private static final Caller SECOND = Caller.of(MANAGER_2, READ, PURCHASE_APPROVE);

    @BothDatabases
    void withoutPurchaseApproveNoDecisionIsTaken(ProcurementFixture f) {
        ApprovalFacade facade = f.approvalFacade();
        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(1, "2000000.00")));
        Caller ops = Caller.of("ops-dave", READ, PURCHASE_REQUEST, PURCHASE_ORDER);

        List<ThrowingCallable> refused = List.of(
                () -> facade.approve(ops, submitted.getId(), submitted.getVersion(), null),
                () -> facade.reject(ops, submitted.getId(), submitted.getVersion(), "no"),
                () -> facade.returnToRequester(ops, submitted.getId(), submitted.getVersion(), "why?"),
                () -> facade.cancel(ops, submitted.getId(), submitted.getVersion(), null));
        for (ThrowingCallable call : refused) {
            assertThatThrownBy(call).isInstanceOfSatisfying(NotPermittedException.class,
                    e -> assertThat(e.missing()).isEqualTo(PURCHASE_APPROVE));
        }
        assertThat(f.requests.find(submitted.getId()).getVersion()).isEqualTo(submitted.getVersion());
        assertThat(f.requests.timeline(submitted.getId())).extracting(TimelineEntry::getAction)
                .containsExactly(RequestAction.CREATE, RequestAction.SUBMIT);
    }

    @BothDatabases
    void managersApproveReturnAndRejectUnderTheirOwnNames(ProcurementFixture f) {
        ApprovalFacade facade = f.approvalFacade();

        PurchaseRequest big = f.submitted(f.draft(f.h100Line(3, "2000000.00")));
        PurchaseRequest once = facade.approve(FIRST, big.getId(), big.getVersion(), "fits the plan");
        PurchaseRequest approved = facade.approve(SECOND, once.getId(), once.getVersion(), null);
        assertThat(approved.getStatus()).isEqualTo(RequestStatus.APPROVED);
        assertThat(f.approvals.state(big.getId()).approvedBy()).containsExactly(MANAGER_1, MANAGER_2);

        PurchaseRequest toReturn = f.submitted(f.draft(f.h100Line(1, "2000000.00")));
        assertThat(facade.returnToRequester(FIRST, toReturn.getId(), toReturn.getVersion(), "second quote").getStatus())
                .isEqualTo(RequestStatus.RETURNED);

        PurchaseRequest toReject = f.submitted(f.draft(f.h100Line(1, "2000000.00")));
        assertThat(facade.reject(SECOND, toReject.getId(), toReject.getVersion(), "no budget").getStatus())
                .isEqualTo(RequestStatus.REJECTED);
        assertThat(f.requests.timeline(toReject.getId())).last().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(MANAGER_2);
            assertThat(e.getComment()).isEqualTo("no budget");
        });
    }

    @BothDatabases
    void theRuleThatNobodyApprovesTheirOwnRequestHoldsWhateverTheirPermissions(ProcurementFixture f) {
        Caller requestingManager = Caller.of(REQUESTER, READ, PURCHASE_REQUEST, PURCHASE_APPROVE);
        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(1, "2000000.00")));

        assertThatThrownBy(() -> f.approvalFacade().approve(requestingManager, submitted.getId(), submitted.getVersion(), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("another manager must decide");
        assertThat(f.requests.find(submitted.getId()).getStatus()).isEqualTo(RequestStatus.SUBMITTED);
    }
}
