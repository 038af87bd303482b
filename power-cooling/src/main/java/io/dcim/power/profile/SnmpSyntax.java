package io.dcim.power.profile;

import io.dcim.power.snmp.ValueKind;

/** The SNMP syntax a profile expects at an OID; the simulator also uses it to encode values. */
public enum SnmpSyntax {
    INTEGER, GAUGE, COUNTER32, COUNTER64, STRING;

    public ValueKind kind() {
        return this == STRING ? ValueKind.TEXT : ValueKind.NUMBER;
    }
}
