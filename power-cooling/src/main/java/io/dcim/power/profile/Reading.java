package io.dcim.power.profile;

import java.math.BigDecimal;

/**
 * One measured value: metric name (e.g. {@code pdu.phase.current.a}), instance (the table row index such as
 * {@code 1.1.5}, empty for scalars), scaled value and unit.
 */
public record Reading(String metric, String instance, BigDecimal value, String unit) {

    /** Watts and other integral units as long, rounded half-up. */
    public long roundedLong() {
        return value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
