package io.dcim.power.alarm;

import java.io.Serializable;
import java.math.BigDecimal;

/** Levels people enter for a site or cabinet; null inherits (cabinet from site, site from the defaults). */
public record ThresholdSpec(BigDecimal warning, BigDecimal critical, BigDecimal clearMargin) implements Serializable {

    public static ThresholdSpec of(String warning, String critical, String clearMargin) {
        return new ThresholdSpec(decimal(warning), decimal(critical), decimal(clearMargin));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
