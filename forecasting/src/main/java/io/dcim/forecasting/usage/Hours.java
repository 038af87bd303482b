package io.dcim.forecasting.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/** Seconds are what is stored and summed (exact); hours are what people read, rounded once at the end. */
final class Hours {

    static final int SCALE = 4;

    private Hours() {
    }

    static BigDecimal of(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), SCALE, RoundingMode.HALF_UP);
    }

    /** The length of {@code day} in the zone in seconds: 86,400 except on the days clocks change. */
    static long secondsOf(LocalDate day, ZoneId zone) {
        return Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone)).toSeconds();
    }
}
