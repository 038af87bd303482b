package io.dcim.procurement.approval;

import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_1;
import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.DomainException;
import io.dcim.common.event.EventType;
import io.dcim.common.event.OutboxEvent;
import io.dcim.common.persistence.Database;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.util.List;

/** A request's decisions write their outbox events with the decision: the first of two approvals, none. */
class RequestEventsTest {

    private static List<OutboxEvent> outbox(Database db) {
        return db.read(s -> s.createQuery("from OutboxEvent e where e.type like 'PURCHASE%' order by e.id",
                OutboxEvent.class).getResultList());
    }

    @BothDatabases
    void submittedThenApprovedByTheSecondOfTwoManagersRecordsTwoEvents(Database db, ProcurementFixture f) {
        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(3, "2000000.00")));
        PurchaseRequest first = f.approvals.approve(submitted.getId(), submitted.getVersion(), MANAGER_1, null);
        int afterFirst = outbox(db).size();
        f.approvals.approve(submitted.getId(), first.getVersion(), MANAGER_2, "within budget");

        List<OutboxEvent> events = outbox(db);
        assertThat(afterFirst).as("the first of two approvals decides nothing yet").isEqualTo(1);
        assertThat(events).extracting(OutboxEvent::getType).containsExactly(EventType.PURCHASE_SUBMITTED,
                EventType.PURCHASE_APPROVED);
        assertThat(events.get(1).getSubjectId()).isEqualTo(submitted.getId());
        assertThat(events.get(1).getPayload()).contains("\"by\":\"" + MANAGER_2 + "\"", "\"grossTotal\":\"6780000.00\"");
    }

    @BothDatabases
    void aRejectionRefusedForWantOfAReasonWritesNoEvent(Database db, ProcurementFixture f) {
        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(1, "100.00")));

        assertThatThrownBy(() -> f.approvals.reject(submitted.getId(), submitted.getVersion(), MANAGER_1, null))
                .isInstanceOf(DomainException.class);
        f.approvals.reject(submitted.getId(), submitted.getVersion(), MANAGER_1, "not this quarter");

        assertThat(outbox(db)).extracting(OutboxEvent::getType).containsExactly(EventType.PURCHASE_SUBMITTED,
                EventType.PURCHASE_REJECTED);
    }
}
