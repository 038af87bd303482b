package io.dcim.power.remote;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A collector as pages and the API show it: what an admin set (never the token, only its first characters) and
 * its health: last contact, lag (now minus the newest reading it pushed), what its buffer holds and dropped.
 *
 * @param lag             null before its first reading
 * @param chosenTargetIds the targets chosen for it (empty for a whole-site collector)
 * @param targets         how many enabled targets it polls now
 */
public record CollectorView(long id, int version, String name, long siteId, String siteName, boolean wholeSite,
                            String tokenPrefix, Instant createdAt, CollectorHealth health, Instant lastContactAt,
                            Instant newestReadingAt, Duration lag, long bufferBatches, long bufferBytes,
                            long droppedBatches, String agentVersion, long lastSequence, long batchesReceived,
                            long readingsReceived, List<Long> chosenTargetIds, int targets) {
}
