package io.dcim.power.snmp.simulator;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

import java.time.Instant;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One simulated device: its key (the v1/v2c community and the v3 context name), its system group and the
 * OIDs it serves, each from a {@link ValueSource}.
 */
public final class VirtualDevice {

    public static final OID SYS_DESCR = new OID("1.3.6.1.2.1.1.1.0");
    public static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");
    public static final OID SYS_UP_TIME = new OID("1.3.6.1.2.1.1.3.0");
    public static final OID SYS_NAME = new OID("1.3.6.1.2.1.1.5.0");

    private final String key;
    private final NavigableMap<OID, ValueSource> values;

    private VirtualDevice(String key, NavigableMap<OID, ValueSource> values) {
        this.key = key;
        this.values = Collections.unmodifiableNavigableMap(values);
    }

    public static Builder builder(String key, OID sysObjectId, String sysDescr) {
        return new Builder(key, sysObjectId, sysDescr);
    }

    public String key() {
        return key;
    }

    NavigableMap<OID, ValueSource> values() {
        return values;
    }

    public int size() {
        return values.size();
    }

    public static final class Builder {
        private final String key;
        private final TreeMap<OID, ValueSource> values = new TreeMap<>();

        private Builder(String key, OID sysObjectId, String sysDescr) {
            if (key == null || key.isBlank()) {
                throw new InvalidValueException("device.key", Message.of("power.field.notEmpty"));
            }
            this.key = key;
            Instant boot = Instant.now();
            constant(SYS_DESCR, new OctetString(sysDescr));
            constant(SYS_OBJECT_ID, sysObjectId);
            constant(SYS_NAME, new OctetString(key));
            value(SYS_UP_TIME, now -> new TimeTicks((now.toEpochMilli() - boot.toEpochMilli()) / 10));
        }

        public Builder value(OID oid, ValueSource source) {
            values.put(oid, source);
            return this;
        }

        public Builder constant(OID oid, Variable v) {
            return value(oid, now -> v);
        }

        public VirtualDevice build() {
            return new VirtualDevice(key, new TreeMap<>(values));
        }
    }
}
