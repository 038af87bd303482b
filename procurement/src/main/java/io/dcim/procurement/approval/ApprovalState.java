package io.dcim.procurement.approval;

import io.dcim.procurement.request.RequestStatus;
import java.util.List;

/**
 * Where a request stands in its review.
 *
 * @param round      the submission the approvals belong to (1 for the first)
 * @param required   approvals needed, fixed when the request was submitted
 * @param approvedBy managers who approved in this round, in order
 */
public record ApprovalState(long requestId, RequestStatus status, int round, int required, List<String> approvedBy) {

    public int missing() {
        return status == RequestStatus.SUBMITTED ? Math.max(0, required - approvedBy.size()) : 0;
    }
}
