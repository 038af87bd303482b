package io.dcim.power.snmp;

import java.util.Objects;

/**
 * A scalar instance OID or a table column OID, with the syntax the caller expects to read there, and whether the
 * poll needs it: a poll missing only optional objects (features a model lacks) is still OK.
 */
public record RequestedOid(Oid oid, ValueKind expected, boolean required) {
    public RequestedOid {
        Objects.requireNonNull(oid, "oid");
        expected = expected == null ? ValueKind.ANY : expected;
    }

    /** A required object: without it the poll is PARTIAL. */
    public RequestedOid(Oid oid, ValueKind expected) {
        this(oid, expected, true);
    }

    public static RequestedOid number(String oid) {
        return new RequestedOid(Oid.parse(oid), ValueKind.NUMBER);
    }

    public static RequestedOid of(String oid, ValueKind kind) {
        return new RequestedOid(Oid.parse(oid), kind);
    }

    /** The same object, read if present but not needed for the poll to be OK. */
    public RequestedOid optional() {
        return new RequestedOid(oid, expected, false);
    }
}
