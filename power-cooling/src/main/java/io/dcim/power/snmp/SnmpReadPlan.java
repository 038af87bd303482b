package io.dcim.power.snmp;

import io.dcim.power.collect.Protocol;
import io.dcim.power.collect.ReadPlan;
import io.dcim.power.collect.Reading;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * What to read from an SNMP agent (scalar instances to GET, table columns to walk) and how the values read
 * become readings. A device profile builds it ({@code DeviceProfile.readPlan()}); the {@link SnmpCollector}
 * reads it without knowing the device.
 */
public record SnmpReadPlan(List<RequestedOid> scalars, List<RequestedOid> columns, Interpretation interpretation)
        implements ReadPlan {

    public SnmpReadPlan {
        scalars = List.copyOf(scalars);
        columns = List.copyOf(columns);
        Objects.requireNonNull(interpretation, "interpretation");
    }

    @Override
    public Protocol protocol() {
        return Protocol.SNMP;
    }

    /** Turns the values a poll read, by instance OID, into readings; may throw when they do not fit. */
    @FunctionalInterface
    public interface Interpretation {
        List<Reading> readings(SortedMap<Oid, SnmpValue> values);
    }
}
