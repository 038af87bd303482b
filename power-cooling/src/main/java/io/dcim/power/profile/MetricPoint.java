package io.dcim.power.profile;

import io.dcim.power.snmp.Oid;

import java.math.BigDecimal;

/**
 * A numeric object mapped to a metric: a scalar instance Oid, or a table column Oid whose rows become
 * readings with the row index as instance, or one device-level reading when {@code combine} says how to
 * combine them. Reading = raw value x {@code scale}, in {@code unit}.
 *
 * @param required the device is of no use without it (a PDU's power); optional ones (a temperature probe, energy)
 *                 are read when the model has them, and their absence does not make a poll PARTIAL
 */
public record MetricPoint(Oid oid, String metric, SnmpSyntax syntax, BigDecimal scale, String unit, Combine combine,
                          boolean required) {

    public MetricPoint {
        combine = combine == null ? Combine.ROWS : combine;
    }

    public MetricPoint(Oid oid, String metric, SnmpSyntax syntax, BigDecimal scale, String unit, Combine combine) {
        this(oid, metric, syntax, scale, unit, combine, false);
    }

    public MetricPoint(Oid oid, String metric, SnmpSyntax syntax, BigDecimal scale, String unit) {
        this(oid, metric, syntax, scale, unit, Combine.ROWS);
    }
}
