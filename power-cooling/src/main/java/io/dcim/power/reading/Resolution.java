package io.dcim.power.reading;

import java.time.Duration;
import java.time.Instant;

/** The three tables readings live in, finest first; bucket starts are multiples of the length since the epoch. */
public enum Resolution {
    RAW("reading_raw", "at", Duration.ofSeconds(1)),
    FIVE_MINUTES("reading_5m", "bucket_start", Duration.ofMinutes(5)),
    HOURLY("reading_1h", "bucket_start", Duration.ofHours(1));

    private final String table;
    private final String timeColumn;
    private final Duration length;

    Resolution(String table, String timeColumn, Duration length) {
        this.table = table;
        this.timeColumn = timeColumn;
        this.length = length;
    }

    String table() {
        return table;
    }

    String timeColumn() {
        return timeColumn;
    }

    /** Raw readings have no buckets; one second stands for "any step". */
    public Duration length() {
        return length;
    }

    /**
     * The coarsest table that can answer a series of this step: its buckets are no longer than the step and
     * fit a whole number of times into it, so re-bucketing never splits one of them between two points.
     */
    public static Resolution forStep(Duration step) {
        long seconds = step.getSeconds();
        if (seconds % HOURLY.length.getSeconds() == 0) {
            return HOURLY;
        }
        if (seconds % FIVE_MINUTES.length.getSeconds() == 0) {
            return FIVE_MINUTES;
        }
        return RAW;
    }

    static Instant floor(Instant t, Duration length) {
        long s = length.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), s) * s);
    }

    static Instant ceil(Instant t, Duration length) {
        Instant floor = floor(t, length);
        return floor.equals(t) ? t : floor.plus(length);
    }
}
