package io.dcim.power.reading;

import java.io.Serializable;
import java.time.Instant;

/** The newest reading of one metric of one target. */
public record LatestReading(long targetId, Instant at, double value) implements Serializable {
}
