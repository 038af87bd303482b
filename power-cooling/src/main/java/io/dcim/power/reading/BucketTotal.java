package io.dcim.power.reading;

import java.io.Serializable;
import java.time.Instant;

/**
 * One bucket of a metric added up over many targets: the sum of the targets' bucket means, and how many
 * targets had the bucket. For a power metric over hourly buckets, {@code sumOfMeans} watts for an hour is
 * that many watt-hours.
 */
public record BucketTotal(Instant bucketStart, double sumOfMeans, int targets) implements Serializable {
}
