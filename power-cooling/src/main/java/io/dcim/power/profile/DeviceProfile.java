package io.dcim.power.profile;

import io.dcim.common.error.Message;
import io.dcim.power.snmp.Oid;
import io.dcim.power.snmp.PollTarget;
import io.dcim.power.snmp.RequestedOid;
import io.dcim.power.snmp.SnmpCredentials;
import io.dcim.power.snmp.SnmpReadPlan;
import io.dcim.power.snmp.ValueKind;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to read from one device family and how to interpret it.
 *
 * @param sysObjectIdPrefixes the profile applies to agents whose sysObjectID starts with one of these
 * @param models              or to devices whose model name (from inventory) equals one of these, ignoring case
 */
public record DeviceProfile(String id, String description, String source, List<String> sysObjectIdPrefixes,
                            List<String> models, List<MetricPoint> scalars, List<MetricPoint> columns,
                            List<SensorTable> sensorTables) {

    /** What a profile is called in refusals ("device profile apc-rpdu2 does not exist"). */
    public static final Message NOUN = Message.noun(DeviceProfile.class, "device profile");

    public DeviceProfile {
        sysObjectIdPrefixes = List.copyOf(sysObjectIdPrefixes);
        models = List.copyOf(models);
        scalars = List.copyOf(scalars);
        columns = List.copyOf(columns);
        sensorTables = List.copyOf(sensorTables);
    }

    /**
     * The reads a poll of this device needs: scalar instances, and every column to walk, each marked required
     * or optional as the profile says (a column two metrics share is required if either needs it).
     */
    public Reads reads() {
        List<RequestedOid> scalarReads = new ArrayList<>();
        scalars.forEach(p -> scalarReads.add(read(p.oid(), p.syntax().kind(), p.required())));
        Map<Oid, RequestedOid> columnReads = new LinkedHashMap<>();
        columns.forEach(p -> addColumn(columnReads, read(p.oid(), p.syntax().kind(), p.required())));
        for (SensorTable t : sensorTables) {
            addColumn(columnReads, read(t.valueColumn(), t.valueSyntax().kind(), t.required()));
            if (t.typeColumn() != null) {
                addColumn(columnReads, read(t.typeColumn(), ValueKind.NUMBER, t.required()));
            }
            if (t.scaleColumn() != null) {
                addColumn(columnReads, read(t.scaleColumn(), ValueKind.NUMBER, t.required()));
            }
            if (t.decimalsColumn() != null) {
                addColumn(columnReads, read(t.decimalsColumn(), ValueKind.NUMBER, t.required()));
            }
        }
        return new Reads(scalarReads, List.copyOf(columnReads.values()));
    }

    private static RequestedOid read(Oid oid, ValueKind kind, boolean required) {
        return new RequestedOid(oid, kind, required);
    }

    private static void addColumn(Map<Oid, RequestedOid> columns, RequestedOid column) {
        columns.merge(column.oid(), column, (a, b) -> a.required() ? a : b);
    }

    /** What the SNMP collector reads from a device of this family, and how the values become readings. */
    public SnmpReadPlan readPlan() {
        Reads r = reads();
        return new SnmpReadPlan(r.scalars(), r.columns(), values -> ProfileMapper.map(this, values));
    }

    /** The poller's own request for a device of this family (tests and benchmarks poll without a collector). */
    public PollTarget pollTarget(String id, InetSocketAddress address, SnmpCredentials credentials,
                                 Duration timeout, int retries) {
        Reads r = reads();
        return new PollTarget(id, address, credentials, timeout, retries, r.scalars(), r.columns());
    }

    public record Reads(List<RequestedOid> scalars, List<RequestedOid> columns) {
    }
}
