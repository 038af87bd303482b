package io.dcim.power.profile;

import io.dcim.power.snmp.PollTarget;
import io.dcim.power.snmp.RequestedOid;
import io.dcim.power.snmp.SnmpCredentials;
import io.dcim.power.snmp.ValueKind;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What to read from one device family and how to interpret it.
 *
 * @param sysObjectIdPrefixes the profile applies to agents whose sysObjectID starts with one of these
 * @param models              or to devices whose model name (from inventory) equals one of these, ignoring case
 */
public record DeviceProfile(String id, String description, String source, List<String> sysObjectIdPrefixes,
                            List<String> models, List<MetricPoint> scalars, List<MetricPoint> columns,
                            List<SensorTable> sensorTables) {

    public DeviceProfile {
        sysObjectIdPrefixes = List.copyOf(sysObjectIdPrefixes);
        models = List.copyOf(models);
        scalars = List.copyOf(scalars);
        columns = List.copyOf(columns);
        sensorTables = List.copyOf(sensorTables);
    }

    /** The reads a poll of this device needs: scalar instances, and every column to walk. */
    public Reads reads() {
        List<RequestedOid> scalarReads = new ArrayList<>();
        scalars.forEach(p -> scalarReads.add(new RequestedOid(p.oid(), p.syntax().kind())));
        Set<RequestedOid> columnReads = new LinkedHashSet<>();
        columns.forEach(p -> columnReads.add(new RequestedOid(p.oid(), p.syntax().kind())));
        for (SensorTable t : sensorTables) {
            columnReads.add(new RequestedOid(t.valueColumn(), t.valueSyntax().kind()));
            if (t.typeColumn() != null) {
                columnReads.add(new RequestedOid(t.typeColumn(), ValueKind.NUMBER));
            }
            if (t.scaleColumn() != null) {
                columnReads.add(new RequestedOid(t.scaleColumn(), ValueKind.NUMBER));
            }
            if (t.decimalsColumn() != null) {
                columnReads.add(new RequestedOid(t.decimalsColumn(), ValueKind.NUMBER));
            }
        }
        return new Reads(scalarReads, List.copyOf(columnReads));
    }

    public PollTarget pollTarget(String id, InetSocketAddress address, SnmpCredentials credentials,
                                 Duration timeout, int retries) {
        Reads r = reads();
        return new PollTarget(id, address, credentials, timeout, retries, r.scalars(), r.columns());
    }

    public record Reads(List<RequestedOid> scalars, List<RequestedOid> columns) {
    }
}
