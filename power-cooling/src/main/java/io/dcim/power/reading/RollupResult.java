package io.dcim.power.reading;

import java.time.Instant;

/**
 * What one roll-up wrote: the ranges of bucket starts recomputed ([from, to), null when there was nothing
 * to do) and how many buckets were inserted or replaced in each table.
 */
public record RollupResult(Instant fiveMinuteFrom, Instant fiveMinuteTo, long fiveMinuteBuckets,
                           Instant hourlyFrom, Instant hourlyTo, long hourlyBuckets) {
}
