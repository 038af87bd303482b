package io.dcim.power.simulator;

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
 * A whole virtual device as one read-only managed object covering the internet subtree in the device's
 * context (a {@link GenericManagedObject}, the type snmp4j-agent's command processor looks up). One object per device (instead of one per OID) keeps thousands of devices cheap to register.
 */
final class DeviceObject implements GenericManagedObject {

    private static final MOScope SCOPE = new DefaultMOScope(new OID("1.3.6.1"), true, new OID("1.3.6.2"), false);

    private final VirtualDevice device;

    DeviceObject(VirtualDevice device) {
        this.device = device;
    }

    @Override
    public MOScope getScope() {
        return SCOPE;
    }

    @Override
    public OID find(MOScope range) {
        OID lower = range.getLowerBound();
        Map.Entry<OID, ValueSource> e = lower == null ? device.values().firstEntry()
                : range.isLowerIncluded() ? device.values().ceilingEntry(lower) : device.values().higherEntry(lower);
        return e != null && range.covers(e.getKey()) ? e.getKey() : null;
    }

    @Override
    public void get(SubRequest<?> request) {
        VariableBinding vb = request.getVariableBinding();
        ValueSource source = device.values().get(vb.getOid());
        vb.setVariable(source == null ? Null.noSuchObject : source.valueAt(Instant.now()));
        request.completed();
    }

    @Override
    public boolean next(SubRequest<?> request) {
        OID next = find(request.getQuery().getScope());
        if (next == null) {
            return false;
        }
        VariableBinding vb = request.getVariableBinding();
        vb.setOid(next);
        vb.setVariable(device.values().get(next).valueAt(Instant.now()));
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
