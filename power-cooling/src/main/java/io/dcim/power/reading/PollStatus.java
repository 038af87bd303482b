package io.dcim.power.reading;

import io.dcim.power.collect.PollOutcome;
import java.io.Serializable;
import java.time.Instant;

/**
 * How the last poll of a target went.
 *
 * @param lastOkAt            when a poll last read every value (null: never)
 * @param consecutiveFailures polls in a row that read nothing: no answer (timeouts, unreachable, authentication
 *                            failures, what makes the poller back off) or an answer without a readable value
 *                            (NO_SUCH_OBJECT, WRONG_TYPE)
 * @param lastError           what went wrong in the last poll that was not OK, until one is OK again
 */
public record PollStatus(long targetId, PollOutcome outcome, int latencyMs, Instant polledAt, Instant lastOkAt,
                         int consecutiveFailures, String lastError) implements Serializable {
}
