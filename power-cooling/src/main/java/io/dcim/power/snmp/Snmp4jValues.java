package io.dcim.power.snmp;

import org.snmp4j.smi.AssignableFromLong;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/** The one place SNMP4J's identifiers and values become dcim's {@link Oid} and {@link SnmpValue}, and back. */
final class Snmp4jValues {

    private Snmp4jValues() {
    }

    static OID snmp4jOid(Oid oid) {
        return new OID(oid.ids());
    }

    static Oid ownOid(OID oid) {
        return Oid.of(oid.getValue());
    }

    static SnmpValue ownValue(Variable v) {
        if (v instanceof Counter64 c) {
            return new SnmpValue.Numeric(c.getValue(), true);
        }
        if (v instanceof Integer32 i) {
            return new SnmpValue.Numeric(i.getValue(), false);
        }
        if (v instanceof AssignableFromLong n) {
            return new SnmpValue.Numeric(n.toLong(), false);
        }
        if (v instanceof OctetString s) {
            return SnmpValue.Text.of(s.getValue());
        }
        if (v instanceof OID o) {
            return new SnmpValue.ObjectId(ownOid(o));
        }
        return new SnmpValue.Other(v.toString());
    }
}
