package io.dcim.power.collect;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one poll answered, whatever the protocol.
 *
 * @param readings     what was read, as readings (empty when nothing could be read or mapped)
 * @param detail       why the outcome is not OK, for people, never containing credentials; null when OK
 * @param mappingError why the values read could not be turned into readings (a profile that does not fit what the
 *                     device sent), null when they were; the outcome still says how the reading itself went
 */
public record Collected(String endpointId, PollOutcome outcome, Duration latency, Instant polledAt,
                        List<Reading> readings, String detail, String mappingError) {

    public Collected {
        readings = List.copyOf(readings);
    }
}
