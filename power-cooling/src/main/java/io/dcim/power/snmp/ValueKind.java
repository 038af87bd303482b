package io.dcim.power.snmp;

import org.snmp4j.smi.AssignableFromLong;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/** The syntax a poll expects at an OID; an answer of another syntax is a WRONG_TYPE problem, not a value. */
public enum ValueKind {
    /** INTEGER, Gauge32, Counter32/64, Unsigned32, TimeTicks. */
    NUMBER,
    TEXT,
    OBJECT_ID,
    ANY;

    boolean accepts(Variable v) {
        return switch (this) {
            case NUMBER -> v instanceof AssignableFromLong || v instanceof Integer32;
            case TEXT -> v instanceof OctetString;
            case OBJECT_ID -> v instanceof org.snmp4j.smi.OID;
            case ANY -> true;
        };
    }
}
