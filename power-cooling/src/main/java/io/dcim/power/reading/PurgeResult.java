package io.dcim.power.reading;

/** How many rows a purge removed from each table. */
public record PurgeResult(long raw, long fiveMinute, long hourly) {
}
