package io.dcim.power.reading;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.time.Duration;

/**
 * How long each resolution is kept. Defaults: raw readings 7 days, 5-minute buckets 90 days, hourly
 * buckets 3 years (1,096 days, so a leap day never cuts the third year short).
 */
public record RetentionPolicy(Duration raw, Duration fiveMinute, Duration hourly) {

    /** Roll-ups recompute the last quarter hour from raw readings; raw must outlive that by far. */
    private static final Duration MIN_RAW = Duration.ofHours(1);

    public static final RetentionPolicy DEFAULT = new RetentionPolicy(Duration.ofDays(7), Duration.ofDays(90),
            Duration.ofDays(3 * 365 + 1));

    public RetentionPolicy {
        check("raw", raw, MIN_RAW);
        check("fiveMinute", fiveMinute, Resolution.FIVE_MINUTES.length());
        check("hourly", hourly, Resolution.HOURLY.length());
    }

    private static void check(String field, Duration keep, Duration minimum) {
        if (keep == null) {
            throw new InvalidValueException(field, Message.of("power.retention.required"));
        }
        if (keep.compareTo(minimum) < 0) {
            throw new InvalidValueException(field, Message.of("power.retention.tooShort", minimum, keep));
        }
    }

    Duration of(Resolution resolution) {
        return switch (resolution) {
            case RAW -> raw;
            case FIVE_MINUTES -> fiveMinute;
            case HOURLY -> hourly;
        };
    }
}
