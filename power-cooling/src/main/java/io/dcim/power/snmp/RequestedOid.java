package io.dcim.power.snmp;

import org.snmp4j.smi.OID;

import java.util.Objects;

/** A scalar instance OID or a table column OID, with the syntax the caller expects to read there. */
public record RequestedOid(OID oid, ValueKind expected) {
    public RequestedOid {
        Objects.requireNonNull(oid, "oid");
        expected = expected == null ? ValueKind.ANY : expected;
    }

    public static RequestedOid number(String oid) {
        return new RequestedOid(new OID(oid), ValueKind.NUMBER);
    }

    public static RequestedOid of(String oid, ValueKind kind) {
        return new RequestedOid(new OID(oid), kind);
    }
}
