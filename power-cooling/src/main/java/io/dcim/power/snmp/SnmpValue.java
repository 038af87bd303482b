package io.dcim.power.snmp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A value read from an agent, as dcim's own type (SNMP4J's {@code Variable}s stay inside the poller): a number
 * (INTEGER, Gauge32, Counter32/64, Unsigned32, TimeTicks), text (OCTET STRING), an object identifier, or
 * anything else kept as its printed form.
 */
public sealed interface SnmpValue {

    static SnmpValue number(long value) {
        return new Numeric(value, false);
    }

    static SnmpValue text(String value) {
        return new Text(value);
    }

    /**
     * A number. {@code unsigned64} marks a Counter64, whose long holds an unsigned 64-bit value (above
     * {@code Long.MAX_VALUE} it reads negative as a Java long).
     */
    record Numeric(long value, boolean unsigned64) implements SnmpValue {

        public BigDecimal decimal() {
            if (unsigned64 && value < 0) {
                return new BigDecimal(new BigInteger(Long.toUnsignedString(value)));
            }
            return BigDecimal.valueOf(value);
        }

        @Override
        public String toString() {
            return unsigned64 ? Long.toUnsignedString(value) : Long.toString(value);
        }
    }

    /** An OCTET STRING, decoded as UTF-8 (agents send ASCII names and descriptions). */
    record Text(String value) implements SnmpValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        static Text of(byte[] bytes) {
            return new Text(new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return value;
        }
    }

    record ObjectId(Oid oid) implements SnmpValue {
        public ObjectId {
            Objects.requireNonNull(oid, "oid");
        }

        @Override
        public String toString() {
            return oid.toString();
        }
    }

    /** IpAddress, Opaque, BITS and the like: no profile reads them as numbers. */
    record Other(String printed) implements SnmpValue {
        @Override
        public String toString() {
            return printed;
        }
    }
}
