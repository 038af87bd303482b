package io.dcim.power.collect;

import java.math.BigDecimal;

/**
 * One measured value, what every collector answers whatever its protocol: canonical metric name (e.g.
 * {@code pdu.phase.current.a}, see {@code profile.Metrics}), instance (the row it belongs to, such as an SNMP
 * table index {@code 1.1.5}; empty for device-level values), scaled value and unit.
 */
public record Reading(String metric, String instance, BigDecimal value, String unit) {

    /** Watts and other integral units as long, rounded half-up. */
    public long roundedLong() {
        return value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
