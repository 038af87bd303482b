package io.dcim.procurement.approval;

import static io.dcim.common.access.Permission.*;
import io.dcim.common.access.Caller;
import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_1;
import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_2;
import static io.dcim.procurement.testing.ProcurementFixture.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestAction;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.util.List;

/** Who may take which decision, as procurement tells the console and enforces for every door. */
class DecisionRulesTest {

    private static final Caller REQUESTING_MANAGER = Caller.of(REQUESTER, PURCHASE_REQUEST, PURCHASE_APPROVE);
    private static final Caller FIRST = Caller.of(MANAGER_1, PURCHASE_REQUEST, PURCHASE_APPROVE);
    private static final Caller SECOND = Caller.of(MANAGER_2, PURCHASE_REQUEST, PURCHASE_APPROVE);
    private static final Caller ANALYST = Caller.of("ana", READ, FINANCE_VIEW, EXPORT_DEPRECIATION);

    @BothDatabases
    void theRequesterSubmitsAndNeverDecidesAndEachManagerApprovesOncePerRound(ProcurementFixture f) {
        PurchaseRequest draft = f.draft(f.h100Line(3, "2000000.00"));
        assertThat(f.approvals.allowedDecisions(REQUESTING_MANAGER, draft.getId())).containsExactly(RequestAction.SUBMIT);
        assertThat(f.approvals.allowedDecisions(FIRST, draft.getId())).isEmpty();
        assertThat(f.approvals.state(draft.getId()).required()).as("a draft shows what it will need").isEqualTo(2);

        PurchaseRequest submitted = f.requestFacade().submit(REQUESTING_MANAGER, draft.getId(), draft.getVersion(), null);
        assertThat(f.approvals.allowedDecisions(REQUESTING_MANAGER, draft.getId())).as("a manager, but the requester")
                .isEmpty();
        assertThat(f.approvals.allowedDecisions(ANALYST, draft.getId())).isEmpty();
        assertThat(f.approvals.allowedDecisions(FIRST, draft.getId()))
                .containsExactlyInAnyOrder(RequestAction.APPROVE, RequestAction.REJECT, RequestAction.RETURN);
        assertThatThrownBy(() -> f.approvalFacade().approve(REQUESTING_MANAGER, draft.getId(), submitted.getVersion(), null))
                .as("holding purchase.approve is not enough on one's own request").isInstanceOf(ConflictException.class)
                .hasMessageContaining("another manager must decide");

        PurchaseRequest once = f.approvalFacade().approve(FIRST, draft.getId(), submitted.getVersion(), null);
        assertThat(once.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(f.approvals.state(draft.getId()).approvedBy()).containsExactly(MANAGER_1);
        assertThat(f.approvals.allowedDecisions(FIRST, draft.getId())).doesNotContain(RequestAction.APPROVE);
        assertThat(f.approvalFacade().approve(SECOND, draft.getId(), once.getVersion(), null).getStatus())
                .isEqualTo(RequestStatus.APPROVED);
    }

    @BothDatabases
    void aStaleVersionIsRefusedAsSuchBeforeTheRule(ProcurementFixture f) {
        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(1, "2000000.00")));
        assertThatThrownBy(() -> f.approvalFacade().approve(FIRST, submitted.getId(), submitted.getVersion() - 1, null)).isInstanceOf(ConflictException.class).hasMessageStartingWith("version:");
    }

    @BothDatabases
    void analystsMayNotRequestAndOnlyTheRequesterDeletesADraft(ProcurementFixture f) {
        RequestDraft content = RequestDraft.equipment("H100", "queue", f.siteId(), List.of(f.h100Line(1, "2000000.00")));
        assertThat(f.requests.mayCreate(ANALYST)).isFalse();
        assertThatThrownBy(() -> f.requestFacade().create(ANALYST, content)).isInstanceOf(NotPermittedException.class);

        PurchaseRequest draft = f.requestFacade().create(REQUESTING_MANAGER, content);
        assertThat(f.requests.mayEdit(REQUESTING_MANAGER, draft)).isTrue();
        assertThat(f.requests.mayDelete(FIRST, draft)).isFalse();
        assertThatThrownBy(() -> f.requestFacade().delete(FIRST, draft.getId(), draft.getVersion()))
                .isInstanceOf(NotPermittedException.class);

        f.requestFacade().delete(REQUESTING_MANAGER, draft.getId(), draft.getVersion());
        assertThatThrownBy(() -> f.requests.find(draft.getId())).isInstanceOf(NotFoundException.class);

        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(1, "2000000.00")));
        assertThat(f.requests.mayDelete(Caller.of(REQUESTER, PURCHASE_REQUEST), submitted)).as("submitted: cancel, not delete")
                .isFalse();
        assertThat(f.requests.mayEdit(Caller.of(REQUESTER, PURCHASE_REQUEST), submitted)).isFalse();
    }
}
