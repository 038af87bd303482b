package io.dcim.procurement.request;

import static io.dcim.procurement.request.RequestStatus.APPROVED;
import static io.dcim.procurement.request.RequestStatus.CANCELLED;
import static io.dcim.procurement.request.RequestStatus.CLOSED;
import static io.dcim.procurement.request.RequestStatus.DRAFT;
import static io.dcim.procurement.request.RequestStatus.ORDERED;
import static io.dcim.procurement.request.RequestStatus.PARTIALLY_RECEIVED;
import static io.dcim.procurement.request.RequestStatus.RECEIVED;
import static io.dcim.procurement.request.RequestStatus.REJECTED;
import static io.dcim.procurement.request.RequestStatus.RETURNED;
import static io.dcim.procurement.request.RequestStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestStatusTest {

    /** The whole state machine of an equipment request, written out once: every pair not listed is refused. */
    private static final Map<RequestStatus, Set<RequestStatus>> EQUIPMENT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, CANCELLED),
            SUBMITTED, EnumSet.of(APPROVED, REJECTED, RETURNED, CANCELLED),
            RETURNED, EnumSet.of(SUBMITTED, CANCELLED),
            APPROVED, EnumSet.of(ORDERED, CANCELLED),
            ORDERED, EnumSet.of(PARTIALLY_RECEIVED, RECEIVED),
            PARTIALLY_RECEIVED, EnumSet.of(RECEIVED),
            RECEIVED, EnumSet.of(CLOSED),
            REJECTED, EnumSet.noneOf(RequestStatus.class),
            CLOSED, EnumSet.noneOf(RequestStatus.class),
            CANCELLED, EnumSet.noneOf(RequestStatus.class));

    @Test
    void everyPairOfStatesIsAllowedExactlyWhenTheMachineSaysSo() {
        for (RequestStatus from : RequestStatus.values()) {
            for (RequestStatus to : RequestStatus.values()) {
                assertThat(from.canMoveTo(to, RequestKind.EQUIPMENT)).as("%s -> %s", from, to)
                        .isEqualTo(EQUIPMENT.get(from).contains(to));
            }
        }
    }

    @Test
    void outsourcedComputeIsClosedOnceOrderedBecauseNothingArrives() {
        assertThat(ORDERED.next(RequestKind.OUTSOURCED_COMPUTE)).containsExactly(CLOSED);
        assertThat(ORDERED.canMoveTo(RECEIVED, RequestKind.OUTSOURCED_COMPUTE)).isFalse();
        assertThat(ORDERED.canMoveTo(CLOSED, RequestKind.EQUIPMENT)).isFalse();
    }

    @Test
    void onlyDraftsAndReturnedRequestsAreEditableAndCancellationEndsBeforeOrdering() {
        assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(RequestStatus::isEditable)).containsExactly(DRAFT, RETURNED);
        assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(s -> s.canMoveTo(CANCELLED, RequestKind.EQUIPMENT)))
                .containsExactly(DRAFT, SUBMITTED, APPROVED, RETURNED);
    }
}
