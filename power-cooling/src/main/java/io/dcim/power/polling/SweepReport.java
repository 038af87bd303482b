package io.dcim.power.polling;

import io.dcim.power.collect.PollOutcome;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What one sweep did.
 *
 * @param skipped      true when another sweep was still running, so this one did nothing
 * @param enabled      enabled targets with a known profile
 * @param due          of those, how many were due and sent to their collector
 * @param stored       poll results stored by this sweep (its own and late ones of earlier sweeps)
 * @param stillPolling polls not finished when the sweep stopped waiting; a later sweep stores them
 * @param outcomes     the outcomes of the results stored
 * @param readings     readings appended
 * @param problems     what went wrong besides polling (a profile that could not map a result, a failed write)
 */
public record SweepReport(Instant startedAt, boolean skipped, int enabled, int due, int stored, int stillPolling,
                          Map<PollOutcome, Long> outcomes, int readings, int problems, Duration wallTime)
        implements Serializable {

    public SweepReport {
        outcomes = Map.copyOf(outcomes);
    }

    static SweepReport skipped(Instant now) {
        return new SweepReport(now, true, 0, 0, 0, 0, Map.of(), 0, 0, Duration.ZERO);
    }
}
