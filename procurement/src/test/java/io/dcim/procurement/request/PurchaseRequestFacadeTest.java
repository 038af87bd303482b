package io.dcim.procurement.request;

import static io.dcim.common.access.Permission.EXPORT_DEPRECIATION;
import static io.dcim.common.access.Permission.FINANCE_VIEW;
import static io.dcim.common.access.Permission.PURCHASE_REQUEST;
import static io.dcim.common.access.Permission.READ;
import static io.dcim.procurement.testing.ProcurementFixture.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.paging.PageRequest;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The requester's use cases as both doors call them: the permission first, the change under the caller's name. */
class PurchaseRequestFacadeTest {

    private static final Caller OPS = Caller.of(REQUESTER, READ, PURCHASE_REQUEST);
    private static final Caller ANALYST = Caller.of("ana", READ, FINANCE_VIEW, EXPORT_DEPRECIATION);

    @BothDatabases
    void withoutPurchaseRequestNothingIsDraftedEditedSubmittedWithdrawnOrDeleted(ProcurementFixture f) {
        PurchaseRequestFacade facade = f.requestFacade();
        PurchaseRequest draft = f.draft(f.h100Line(1, "2000000.00"));
        // The analyst is even named as the requester: the permission is checked before whose request it is.
        Caller requesterWithoutPermission = Caller.of(REQUESTER, READ, FINANCE_VIEW);

        List<ThrowingCallable> refused = List.of(
                () -> facade.create(ANALYST, content(f, "Analyst's idea")),
                () -> facade.edit(requesterWithoutPermission, draft.getId(), draft.getVersion(), content(f, "changed")),
                () -> facade.submit(requesterWithoutPermission, draft.getId(), draft.getVersion(), null),
                () -> facade.withdraw(requesterWithoutPermission, draft.getId(), draft.getVersion(), null),
                () -> facade.delete(requesterWithoutPermission, draft.getId(), draft.getVersion()));
        for (ThrowingCallable call : refused) {
            assertThatThrownBy(call).isInstanceOfSatisfying(NotPermittedException.class,
                    e -> assertThat(e.missing()).isEqualTo(Permission.PURCHASE_REQUEST));
        }

        PurchaseRequest unchanged = f.requests.find(draft.getId());
        assertThat(unchanged.getVersion()).isEqualTo(draft.getVersion());
        assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.DRAFT);
        assertThat(f.requests.page(RequestFilter.madeBy("ana"), PageRequest.first(10, "created")).total()).isZero();
    }

    @BothDatabases
    void theRequesterDraftsEditsSubmitsAndWithdrawsUnderTheirOwnName(ProcurementFixture f) {
        PurchaseRequestFacade facade = f.requestFacade();

        PurchaseRequest draft = facade.create(OPS, content(f, "H100 expansion"));
        assertThat(draft.getRequester()).isEqualTo(REQUESTER);
        assertThat(draft.getStatus()).isEqualTo(RequestStatus.DRAFT);

        PurchaseRequest edited = facade.edit(OPS, draft.getId(), draft.getVersion(), content(f, "H100 expansion, hall 2"));
        assertThat(edited.getTitle()).isEqualTo("H100 expansion, hall 2");

        PurchaseRequest submitted = facade.submit(OPS, edited.getId(), edited.getVersion(), "quotes attached");
        assertThat(submitted.getStatus()).isEqualTo(RequestStatus.SUBMITTED);

        PurchaseRequest withdrawn = facade.withdraw(OPS, submitted.getId(), submitted.getVersion(), "bought elsewhere");
        assertThat(withdrawn.getStatus()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(f.requests.timeline(draft.getId())).extracting(TimelineEntry::getAction, TimelineEntry::getActor)
                .containsExactly(tuple(RequestAction.CREATE, REQUESTER),
                        tuple(RequestAction.SUBMIT, REQUESTER),
                        tuple(RequestAction.CANCEL, REQUESTER));
    }

    @BothDatabases
    void holdingThePermissionDoesNotMakeSomeoneElsesRequestYours(ProcurementFixture f) {
        PurchaseRequestFacade facade = f.requestFacade();
        Caller colleague = Caller.of("ops-dave", READ, PURCHASE_REQUEST);
        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(1, "2000000.00")));

        assertThatThrownBy(() -> facade.withdraw(colleague, submitted.getId(), submitted.getVersion(), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("may withdraw it");
        assertThat(f.requests.find(submitted.getId()).getStatus()).isEqualTo(RequestStatus.SUBMITTED);

        PurchaseRequest draft = f.draft(f.h100Line(1, "2000000.00"));
        assertThatThrownBy(() -> facade.delete(colleague, draft.getId(), draft.getVersion()))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("only " + REQUESTER);
        facade.delete(OPS, draft.getId(), draft.getVersion());
        assertThat(f.requests.page(RequestFilter.madeBy(REQUESTER), PageRequest.first(10, "created")).items())
                .extracting(RequestSummary::id).doesNotContain(draft.getId());
    }

    private static RequestDraft content(ProcurementFixture f, String title) {
        return RequestDraft.equipment(title, "Tenants are queueing for H100s", f.siteId(), List.of(f.h100Line(2, "2000000.00")));
    }
}
