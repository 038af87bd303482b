package io.dcim.procurement.request;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of the request list. A value, safe to keep in a page. */
public record RequestSummary(long id, int version, String title, String requester, RequestKind kind, RequestStatus status,
                             Long siteId, String siteName, BigDecimal grossTotal, int approvalsRequired, Instant createdAt,
                             Instant updatedAt) implements Serializable {
}
