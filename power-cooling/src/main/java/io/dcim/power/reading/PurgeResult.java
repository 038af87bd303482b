package io.dcim.power.reading;

import java.util.List;

/**
 * How many rows a purge deleted from each table, and the daily partitions of raw readings it dropped whole
 * (PostgreSQL: {@code raw} then counts only the rows deleted from the default partition; H2 deletes them all).
 */
public record PurgeResult(long raw, long fiveMinute, long hourly, List<String> rawPartitionsDropped) {

    public PurgeResult {
        rawPartitionsDropped = List.copyOf(rawPartitionsDropped);
    }

    /** Rows deleted, no partition dropped. */
    public PurgeResult(long raw, long fiveMinute, long hourly) {
        this(raw, fiveMinute, hourly, List.of());
    }
}
