package io.dcim.power.reading;

import java.io.Serializable;
import java.time.Instant;

/**
 * One bucket of a series: the bucket's start and the minimum, mean and maximum of the readings in it, with
 * how many readings that is. A value, safe to keep in a page.
 */
public record SeriesPoint(Instant bucketStart, double min, double avg, double max, long count)
        implements Serializable {
}
