package io.dcim.power.load;

import io.dcim.power.endpoint.TargetRole;
import java.io.Serializable;
import java.time.Instant;

/**
 * A meter or UPS the facility load should include but cannot, because it has no current reading of the metric
 * the facility load is summed from: the facility figure is then incomplete, and this says which target and why.
 *
 * @param lastReadingAt the newest reading of the metric in the last hours, older than the freshness limit;
 *                      null when there is none (the agent or its profile does not provide the metric, or the
 *                      target has not answered for hours)
 * @param reason        the same in a sentence, for the API
 */
public record FacilityGap(long targetId, String targetName, TargetRole role, String metric, Instant lastReadingAt,
                          String reason) implements Serializable {

    static FacilityGap of(long targetId, String targetName, TargetRole role, String metric, Instant lastReadingAt) {
        String reason = lastReadingAt == null
                ? "no " + metric + " reading: the agent or its profile does not provide it, or the target does not answer"
                : "last " + metric + " reading at " + lastReadingAt + " is too old to count";
        return new FacilityGap(targetId, targetName, role, metric, lastReadingAt, reason);
    }
}
