package io.dcim.power.snmp;

import io.dcim.power.collect.PollOutcome;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** All results of one sweep, in the order of the targets given, with the sweep's wall time. */
public record SweepResult(List<PollResult> results, Duration wallTime) {

    public SweepResult {
        results = List.copyOf(results);
    }

    public Map<PollOutcome, Long> countByOutcome() {
        Map<PollOutcome, Long> counts = new EnumMap<>(PollOutcome.class);
        for (PollResult r : results) {
            counts.merge(r.outcome(), 1L, Long::sum);
        }
        return counts;
    }

    public long valueCount() {
        return results.stream().mapToLong(r -> r.values().size()).sum();
    }
}
