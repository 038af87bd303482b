package io.dcim.power.load;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * How derived figures are judged.
 *
 * @param freshIntervals   a reading counts as current for this many of its target's poll intervals
 * @param minFresh         and at least this long (a target polled every 5 s is not stale after 15 s)
 * @param fallbackDesignPue the design PUE for a site that has none in the inventory
 * @param inletLowC        ASHRAE recommended inlet envelope (classes A1 to A4): 18 to 27 °C
 * @param inletHighC       see inletLowC
 * @param humidityLowPct   the recommended humidity range, as relative humidity. ASHRAE bounds it by dew point
 *                         (-9 °C to 15 °C) and 60 % RH; at recommended inlet temperatures that is roughly 20
 *                         to 60 % RH, which is what dcim checks
 * @param humidityHighPct  see humidityLowPct
 */
public record LoadSettings(int freshIntervals, Duration minFresh, BigDecimal fallbackDesignPue, double inletLowC,
                           double inletHighC, double humidityLowPct, double humidityHighPct) {

    public static final LoadSettings DEFAULT = new LoadSettings(3, Duration.ofSeconds(90), new BigDecimal("1.50"),
            18.0, 27.0, 20.0, 60.0);

    public LoadSettings {
        if (freshIntervals < 1) {
            throw new InvalidValueException("freshIntervals", Message.of("power.field.atLeast", 1, freshIntervals));
        }
        if (minFresh == null || minFresh.isNegative()) {
            throw new InvalidValueException("minFresh", Message.of("power.field.zeroOrPositive"));
        }
        if (fallbackDesignPue == null || fallbackDesignPue.compareTo(BigDecimal.ONE) < 0) {
            throw new InvalidValueException("fallbackDesignPue", Message.of("power.load.designPue",
                    String.valueOf(fallbackDesignPue)));
        }
        if (inletLowC >= inletHighC || humidityLowPct >= humidityHighPct) {
            throw new InvalidValueException("envelope", Message.of("power.load.envelope"));
        }
    }

    /** How old a reading of a target polled every {@code intervalSeconds} may be and still count. */
    Duration freshness(int intervalSeconds) {
        Duration byInterval = Duration.ofSeconds((long) intervalSeconds * freshIntervals);
        return byInterval.compareTo(minFresh) > 0 ? byInterval : minFresh;
    }
}
