package io.dcim.power.snmp.simulator;

import org.snmp4j.PDU;
import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

import java.time.Instant;
import java.util.Map;

/**
 * All virtual devices as one read-only managed object covering the internet subtree, registered for every
 * context; each request is answered from the device its context names (a {@link GenericManagedObject}, the type snmp4j-agent's command processor looks up). One object for all devices (instead of one per device or per OID) matters: snmp4j-agent's
 * {@code DefaultMOServer} scans every registration with an overlapping scope on each lookup, so 8,000
 * per-device registrations of the same subtree cost milliseconds per request.
 */
final class DeviceObject implements GenericManagedObject {

    private static final MOScope SCOPE = new DefaultMOScope(new OID("1.3.6.1"), true, new OID("1.3.6.2"), false);

    private final Map<String, VirtualDevice> devices;

    DeviceObject(Map<String, VirtualDevice> devices) {
        this.devices = devices;
    }

    private static final java.util.NavigableMap<OID, ValueSource> NONE = java.util.Collections.emptyNavigableMap();

    private java.util.NavigableMap<OID, ValueSource> values(org.snmp4j.smi.OctetString context) {
        VirtualDevice d = context == null ? null : devices.get(context.toString());
        return d == null ? NONE : d.values();
    }

    @Override
    public MOScope getScope() {
        return SCOPE;
    }

    @Override
    public OID find(MOScope range) {
        return range instanceof org.snmp4j.agent.MOContextScope c ? find(values(c.getContext()), range) : null;
    }

    private static OID find(java.util.NavigableMap<OID, ValueSource> values, MOScope range) {
        OID lower = range.getLowerBound();
        Map.Entry<OID, ValueSource> e = lower == null ? values.firstEntry()
                : range.isLowerIncluded() ? values.ceilingEntry(lower) : values.higherEntry(lower);
        return e != null && range.covers(e.getKey()) ? e.getKey() : null;
    }

    @Override
    public void get(SubRequest<?> request) {
        VariableBinding vb = request.getVariableBinding();
        ValueSource source = values(request.getRequest().getContext()).get(vb.getOid());
        vb.setVariable(source == null ? Null.noSuchObject : source.valueAt(Instant.now()));
        request.completed();
    }

    @Override
    public boolean next(SubRequest<?> request) {
        java.util.NavigableMap<OID, ValueSource> values = values(request.getRequest().getContext());
        OID next = find(values, request.getQuery().getScope());
        if (next == null) {
            return false;
        }
        VariableBinding vb = request.getVariableBinding();
        vb.setOid(next);
        vb.setVariable(values.get(next).valueAt(Instant.now()));
        request.completed();
        return true;
    }

    @Override
    public void prepare(SubRequest<?> request) {
        request.getStatus().setErrorStatus(PDU.notWritable);
    }

    @Override
    public void commit(SubRequest<?> request) {
        request.getStatus().setErrorStatus(PDU.commitFailed);
    }

    @Override
    public void undo(SubRequest<?> request) {
        request.completed();
    }

    @Override
    public void cleanup(SubRequest<?> request) {
        request.completed();
    }
}
