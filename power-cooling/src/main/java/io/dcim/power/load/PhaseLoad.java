package io.dcim.power.load;

import io.dcim.power.endpoint.Feed;
import java.io.Serializable;
import java.time.Instant;

/**
 * The current on one phase of one PDU against the PDU's breaker rating (when the target records one).
 *
 * @param pctOfBreaker current / rating in %, one decimal; null without a rating
 */
public record PhaseLoad(long targetId, String targetName, Long cabinetId, Feed feed, int phase, double currentA,
                        Integer breakerRatingA, Double pctOfBreaker, Instant at) implements Serializable {
}
