package io.dcim.power.snmp;

import io.dcim.power.collect.PollOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;

/**
 * The result of polling one target.
 *
 * @param values   the values read, by instance OID (only values of the expected syntax)
 * @param problems per OID (scalar instance or table column) what went wrong, empty when OK
 * @param detail   a human-readable reason for anything but OK, never containing credentials
 */
public record PollResult(String targetId, PollOutcome outcome, Duration latency, Instant polledAt,
                         SortedMap<Oid, SnmpValue> values, Map<Oid, PollOutcome> problems, String detail) {

    public PollResult {
        values = Collections.unmodifiableSortedMap(values);
        problems = Map.copyOf(problems);
    }

    public boolean hasValues() {
        return !values.isEmpty();
    }
}
