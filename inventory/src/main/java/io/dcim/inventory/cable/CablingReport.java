package io.dcim.inventory.cable;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A site's cabling against what its devices report: counts by outcome, every port not OK, and the ids of the
 * recorded ports that were compared at all (a port of a device that did not answer is not among them, so an
 * alarm on it stays until a check reads it).
 */
public record CablingReport(long siteId, Map<CheckOutcome, Long> counts, List<CheckFinding> findings,
        Set<Long> checkedPorts) implements Serializable {
}
