package io.dcim.procurement.approval;

import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_1;
import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_2;
import static io.dcim.procurement.testing.ProcurementFixture.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.audit.Revision;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.IllegalTransitionException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestAction;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.request.RequestFilter;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.TimelineEntry;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;

class ApprovalServiceTest {

    @BothDatabases
    void aSmallRequestIsApprovedByOneManagerAndEveryStepIsOnTheTimeline(ProcurementFixture f) {
        PurchaseRequest draft = f.draft(f.h100Line(2, "2000000.00"));
        PurchaseRequest submitted = f.approvals.submit(draft.getId(), draft.getVersion(), REQUESTER, "please");
        assertThat(submitted.getApprovalsRequired()).as("4,520,000.00 gross is within one manager's limit").isEqualTo(1);
        f.clock.advance(Duration.ofHours(3));

        PurchaseRequest approved = f.approvals.approve(draft.getId(), submitted.getVersion(), MANAGER_1, "fine");

        assertThat(approved.getStatus()).isEqualTo(RequestStatus.APPROVED);
        List<TimelineEntry> timeline = f.requests.timeline(draft.getId());
        assertThat(timeline).extracting(TimelineEntry::getAction)
                .containsExactly(RequestAction.CREATE, RequestAction.SUBMIT, RequestAction.APPROVE);
        TimelineEntry approval = timeline.get(2);
        assertThat(approval.getActor()).isEqualTo(MANAGER_1);
        assertThat(approval.getOccurredAt()).isEqualTo(Instant.parse("2024-03-01T05:00:00Z"));
        assertThat(approval.getComment()).isEqualTo("fine");
        assertThat(approval.getFromStatus()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(approval.getToStatus()).isEqualTo(RequestStatus.APPROVED);
    }

    @BothDatabases
    void aboveTheThresholdTwoDistinctManagersMustApprove(ProcurementFixture f) {
        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(3, "2000000.00")));
        assertThat(submitted.getApprovalsRequired()).as("6,780,000.00 gross").isEqualTo(2);

        PurchaseRequest first = f.approvals.approve(submitted.getId(), submitted.getVersion(), MANAGER_1, null);
        assertThat(first.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(f.approvals.state(submitted.getId()).missing()).isEqualTo(1);
        assertThatThrownBy(() -> f.approvals.approve(submitted.getId(), first.getVersion(), MANAGER_1, null))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("actor:")
                .hasMessageContaining("already approved");
        assertThat(f.requests.page(RequestFilter.awaitingApprovalBy(MANAGER_1), PageRequest.first(10, null)).total()).isZero();
        assertThat(f.requests.page(RequestFilter.awaitingApprovalBy(MANAGER_2), PageRequest.first(10, null)).total()).isEqualTo(1);

        PurchaseRequest second = f.approvals.approve(submitted.getId(), first.getVersion(), MANAGER_2, null);

        assertThat(second.getStatus()).isEqualTo(RequestStatus.APPROVED);
        assertThat(f.approvals.state(submitted.getId()).approvedBy()).containsExactly(MANAGER_1, MANAGER_2);
    }

    @BothDatabases
    void theRequesterCanNeverDecideOnTheirOwnRequest(ProcurementFixture f) {
        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(1, "100.00")));

        assertThatThrownBy(() -> f.approvals.approve(submitted.getId(), submitted.getVersion(), REQUESTER, null))
                .isInstanceOf(ConflictException.class)
                .hasMessage("actor: " + REQUESTER + " made request " + submitted.getId()
                        + " and cannot approve it; another manager must decide")
                .satisfies(e -> assertThat(((ConflictException) e).reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                        REQUESTER + " 是采购申请 " + submitted.getId() + " 的申请人，不能批准，须由其他经理审批"));
        assertThatThrownBy(() -> f.approvals.reject(submitted.getId(), submitted.getVersion(), REQUESTER, "no"))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("actor:");
        assertThat(f.requests.page(RequestFilter.awaitingApprovalBy(REQUESTER), PageRequest.first(10, null)).total()).isZero();
        assertThat(f.requests.find(submitted.getId()).getStatus()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @BothDatabases
    void rejectAndReturnNeedAComment(ProcurementFixture f) {
        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(1, "100.00")));

        assertThatThrownBy(() -> f.approvals.reject(submitted.getId(), submitted.getVersion(), MANAGER_1, "  "))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("comment:");
        assertThatThrownBy(() -> f.approvals.returnToRequester(submitted.getId(), submitted.getVersion(), MANAGER_1, null))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("comment:");

        PurchaseRequest rejected = f.approvals.reject(submitted.getId(), submitted.getVersion(), MANAGER_1, "No budget in Q1");
        assertThat(rejected.getStatus()).isEqualTo(RequestStatus.REJECTED);
        assertThat(f.requests.timeline(submitted.getId())).last().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(RequestAction.REJECT);
            assertThat(e.getComment()).isEqualTo("No budget in Q1");
        });
    }

    @BothDatabases
    void aReturnedRequestIsEditedAndResubmittedAndEarlierApprovalsNoLongerCount(ProcurementFixture f) {
        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(3, "2000000.00")));
        PurchaseRequest once = f.approvals.approve(submitted.getId(), submitted.getVersion(), MANAGER_1, null);
        PurchaseRequest returned = f.approvals.returnToRequester(once.getId(), once.getVersion(), MANAGER_2,
                "Quote three servers from a second supplier");
        assertThat(returned.getStatus()).isEqualTo(RequestStatus.RETURNED);

        PurchaseRequest edited = f.requests.edit(returned.getId(), returned.getVersion(), REQUESTER,
                RequestDraft.equipment("H100 expansion", "Second quote attached", f.siteId(), List.of(f.h100Line(3, "1900000.00"))));
        PurchaseRequest resubmitted = f.approvals.submit(edited.getId(), edited.getVersion(), REQUESTER, "revised");

        assertThat(resubmitted.getApprovalRound()).isEqualTo(2);
        assertThat(f.approvals.state(resubmitted.getId()).approvedBy()).isEmpty();
        PurchaseRequest again = f.approvals.approve(resubmitted.getId(), resubmitted.getVersion(), MANAGER_1, null);
        assertThat(again.getStatus()).as("MANAGER_1's first-round approval does not count twice").isEqualTo(RequestStatus.SUBMITTED);
        assertThat(f.approvals.approve(again.getId(), again.getVersion(), MANAGER_2, null).getStatus())
                .isEqualTo(RequestStatus.APPROVED);
    }

    @BothDatabases
    void cancellingIsAllowedFromDraftSubmittedReturnedAndApprovedOnly(ProcurementFixture f) {
        PurchaseRequest draft = f.draft(f.h100Line(1, "100.00"));
        assertThat(f.approvals.cancel(draft.getId(), draft.getVersion(), REQUESTER, null).getStatus())
                .isEqualTo(RequestStatus.CANCELLED);

        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(1, "100.00")));
        assertThat(f.approvals.cancel(submitted.getId(), submitted.getVersion(), MANAGER_1, "duplicate").getStatus())
                .isEqualTo(RequestStatus.CANCELLED);

        PurchaseRequest toReturn = f.submitted(f.draft(f.h100Line(1, "100.00")));
        PurchaseRequest returned = f.approvals.returnToRequester(toReturn.getId(), toReturn.getVersion(), MANAGER_1, "why?");
        assertThat(f.approvals.cancel(returned.getId(), returned.getVersion(), REQUESTER, null).getStatus())
                .isEqualTo(RequestStatus.CANCELLED);

        PurchaseRequest approved = f.approved(1, "100.00");
        PurchaseRequest cancelled = f.approvals.cancel(approved.getId(), approved.getVersion(), MANAGER_1, "budget moved");
        assertThat(cancelled.getStatus()).isEqualTo(RequestStatus.CANCELLED);

        assertThatThrownBy(() -> f.approvals.cancel(cancelled.getId(), cancelled.getVersion(), MANAGER_1, null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageStartingWith("status:")
                .hasMessageContaining("cannot go from CANCELLED to CANCELLED");
    }

    @BothDatabases
    void decisionsOutOfTurnAreIllegalTransitions(ProcurementFixture f) {
        PurchaseRequest draft = f.draft(f.h100Line(1, "100.00"));
        assertThatThrownBy(() -> f.approvals.approve(draft.getId(), draft.getVersion(), MANAGER_1, null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("DRAFT to APPROVED");
        assertThatThrownBy(() -> f.approvals.reject(draft.getId(), draft.getVersion(), MANAGER_1, "no"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("DRAFT to REJECTED");
        assertThatThrownBy(() -> f.approvals.close(draft.getId(), draft.getVersion(), MANAGER_1, null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("DRAFT to CLOSED");

        PurchaseRequest approved = f.approved(1, "100.00");
        assertThatThrownBy(() -> f.approvals.submit(approved.getId(), approved.getVersion(), REQUESTER, null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("APPROVED to SUBMITTED");
        assertThatThrownBy(() -> f.approvals.returnToRequester(approved.getId(), approved.getVersion(), MANAGER_2, "late"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("APPROVED to RETURNED");
        assertThatThrownBy(() -> f.approvals.approve(approved.getId(), approved.getVersion(), MANAGER_2, null))
                .isInstanceOf(IllegalTransitionException.class);

        PurchaseRequest rejected = f.submitted(f.draft(f.h100Line(1, "100.00")));
        PurchaseRequest no = f.approvals.reject(rejected.getId(), rejected.getVersion(), MANAGER_1, "no");
        assertThatThrownBy(() -> f.approvals.submit(no.getId(), no.getVersion(), REQUESTER, null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("allowed: none");
    }

    @BothDatabases
    void theChangeHistoryRecordsWhoChangedTheRequest(Database db, ProcurementFixture f) {
        PurchaseRequest approved = f.approved(1, "100.00");

        List<String> actors = db.read(session -> {
            AuditReader audit = AuditReaderFactory.get(session);
            return audit.getRevisions(PurchaseRequest.class, approved.getId()).stream()
                    .map(rev -> audit.findRevision(Revision.class, rev).getActor()).toList();
        });

        assertThat(actors).containsExactly(REQUESTER, REQUESTER, MANAGER_1);
    }

    @BothDatabases
    void submittingNeedsLinesAJustificationAndTheRequester(ProcurementFixture f) {
        PurchaseRequest empty = f.requests.create(REQUESTER, RequestDraft.equipment("empty", "why", f.siteId(), List.of()));
        assertThatThrownBy(() -> f.submitted(empty)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("lines:");

        PurchaseRequest unjustified = f.requests.create(REQUESTER, RequestDraft.equipment("x", null, f.siteId(),
                List.of(f.h100Line(1, "1.00"))));
        assertThatThrownBy(() -> f.submitted(unjustified))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("justification:");

        PurchaseRequest draft = f.draft(f.h100Line(1, "1.00"));
        assertThatThrownBy(() -> f.approvals.submit(draft.getId(), draft.getVersion(), MANAGER_1, null))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("actor:");
        assertThatThrownBy(() -> f.approvals.submit(draft.getId(), draft.getVersion() + 1, REQUESTER, null))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("version:");
    }
}
