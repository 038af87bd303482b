package io.dcim.inventory.cable;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A site's cabling against what its devices report: counts by outcome, and every port not OK. */
public record CablingReport(long siteId, Map<CheckOutcome, Long> counts, List<CheckFinding> findings)
        implements Serializable {
}
