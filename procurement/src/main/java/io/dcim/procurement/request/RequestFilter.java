package io.dcim.procurement.request;

import java.util.Set;

/** Which requests a list shows; null or empty means any. */
public record RequestFilter(Set<RequestStatus> statuses, RequestKind kind, String requester, Long siteId,
                            String titleContains) {

    public static RequestFilter all() {
        return new RequestFilter(null, null, null, null, null);
    }

    public static RequestFilter inStatus(RequestStatus... statuses) {
        return new RequestFilter(Set.of(statuses), null, null, null, null);
    }
}
