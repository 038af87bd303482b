package io.dcim.power.profile;

import org.snmp4j.smi.OID;

import java.math.BigDecimal;

/**
 * A numeric object mapped to a metric: a scalar instance OID, or a table column OID whose rows become
 * readings with the row index as instance. Reading = raw value x {@code scale}, in {@code unit}.
 */
public record MetricPoint(OID oid, String metric, SnmpSyntax syntax, BigDecimal scale, String unit) {
}
