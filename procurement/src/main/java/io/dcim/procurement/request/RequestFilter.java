package io.dcim.procurement.request;

import java.util.Set;

/**
 * Which requests a list shows; null or empty means any.
 *
 * @param awaitingApprovalBy a manager's queue: submitted requests this user did not make and
 *                           has not approved yet in the current round
 */
public record RequestFilter(Set<RequestStatus> statuses, RequestKind kind, String requester, Long siteId,
                            String titleContains, String awaitingApprovalBy) {

    public static RequestFilter all() {
        return new RequestFilter(null, null, null, null, null, null);
    }

    public static RequestFilter inStatus(RequestStatus... statuses) {
        return new RequestFilter(Set.of(statuses), null, null, null, null, null);
    }

    public static RequestFilter madeBy(String requester) {
        return new RequestFilter(null, null, requester, null, null, null);
    }

    public static RequestFilter awaitingApprovalBy(String manager) {
        return new RequestFilter(null, null, null, null, null, manager);
    }
}
