package io.dcim.power.polling;

import io.dcim.power.reading.PartitionReport;
import io.dcim.power.reading.PurgeResult;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.RetentionPolicy;
import io.dcim.power.reading.RollupResult;
import java.time.Duration;
import java.time.Instant;

/**
 * Rolls readings up, makes the raw readings' daily partitions ahead (PostgreSQL), and drops what the retention
 * policy no longer keeps. Roll-ups stop a minute before now, so that buckets closing just now wait for the sweep
 * still writing into them.
 */
public final class Housekeeping {

    static final Duration SETTLE = Duration.ofMinutes(1);

    private final ReadingStore readings;
    private final RetentionPolicy retention;

    public Housekeeping(ReadingStore readings, RetentionPolicy retention) {
        this.readings = readings;
        this.retention = retention;
    }

    public Result run(Instant now) {
        RollupResult rolled = readings.rollUp(now.minus(SETTLE));
        PartitionReport partitions = readings.preparePartitions(now, retention);
        PurgeResult purged = readings.purge(now, retention);
        return new Result(rolled, partitions, purged);
    }

    public record Result(RollupResult rolledUp, PartitionReport partitions, PurgeResult purged) {
    }
}
