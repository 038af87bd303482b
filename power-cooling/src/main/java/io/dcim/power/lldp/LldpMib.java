package io.dcim.power.lldp;

import io.dcim.inventory.cable.SeenLink;
import io.dcim.power.snmp.Oid;
import io.dcim.power.snmp.RequestedOid;
import io.dcim.power.snmp.SnmpValue;
import io.dcim.power.snmp.ValueKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The LLDP-MIB (IEEE 802.1AB) objects the cabling check reads from a switch: the local ports' ids and the
 * remote table's system names and port ids, walked as columns, and how the walk becomes the links the switch
 * sees. A remote row's index is time mark, local port number and remote index; the local port number leads
 * to {@code lldpLocPortId}, the port's name as the switch gives it.
 */
public final class LldpMib {

    static final Oid LOC_PORT_ID = Oid.parse("1.0.8802.1.1.2.1.3.7.1.3");
    static final Oid REM_PORT_ID = Oid.parse("1.0.8802.1.1.2.1.4.1.1.7");
    static final Oid REM_SYS_NAME = Oid.parse("1.0.8802.1.1.2.1.4.1.1.9");

    private LldpMib() {
    }

    /** The columns to walk; a switch without neighbours answers none of the remote rows, which is no error. */
    public static List<RequestedOid> columns() {
        return List.of(new RequestedOid(LOC_PORT_ID, ValueKind.TEXT, true),
                new RequestedOid(REM_SYS_NAME, ValueKind.TEXT, false),
                new RequestedOid(REM_PORT_ID, ValueKind.TEXT, false));
    }

    /** The links {@code device} reports, from a walk of {@link #columns()}. */
    public static List<SeenLink> seen(String device, SortedMap<Oid, SnmpValue> values) {
        Map<Long, String> localPorts = new HashMap<>();
        Map<Oid, String> sysNames = new HashMap<>();
        Map<Oid, String> portIds = new HashMap<>();
        values.forEach((oid, value) -> {
            if (oid.startsWith(LOC_PORT_ID)) {
                localPorts.put(oid.suffixAfter(LOC_PORT_ID).get(0), value.toString());
            } else if (oid.startsWith(REM_SYS_NAME)) {
                sysNames.put(oid.suffixAfter(REM_SYS_NAME), value.toString());
            } else if (oid.startsWith(REM_PORT_ID)) {
                portIds.put(oid.suffixAfter(REM_PORT_ID), value.toString());
            }
        });
        List<SeenLink> seen = new ArrayList<>();
        sysNames.forEach((index, sysName) -> {
            // index: lldpRemTimeMark . lldpRemLocalPortNum . lldpRemIndex
            String localPort = index.size() == 3 ? localPorts.get(index.get(1)) : null;
            String remotePort = portIds.get(index);
            if (localPort != null && remotePort != null) {
                seen.add(new SeenLink(device, localPort, sysName, remotePort));
            }
        });
        return seen;
    }
}
