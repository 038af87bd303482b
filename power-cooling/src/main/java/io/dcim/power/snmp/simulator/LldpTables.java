package io.dcim.power.snmp.simulator;

import java.util.List;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * A switch's LLDP-MIB (IEEE 802.1AB) neighbour tables as an agent serves them: {@code lldpLocPortId} for
 * each local port number, and one {@code lldpRemTable} row per neighbour (time mark 0, remote index 1)
 * with the neighbour's system name and port id.
 */
public final class LldpTables {

    /** lldpLocPortTable's lldpLocPortId, indexed by lldpLocPortNum. */
    public static final String LOC_PORT_ID = "1.0.8802.1.1.2.1.3.7.1.3";
    /** lldpRemTable's lldpRemPortId, indexed by lldpRemTimeMark.lldpRemLocalPortNum.lldpRemIndex. */
    public static final String REM_PORT_ID = "1.0.8802.1.1.2.1.4.1.1.7";
    /** lldpRemTable's lldpRemSysName, indexed as lldpRemPortId. */
    public static final String REM_SYS_NAME = "1.0.8802.1.1.2.1.4.1.1.9";

    /** NVIDIA (Mellanox) enterprise arc: what a Quantum or Spectrum switch answers as sysObjectID. */
    private static final OID SWITCH_OBJECT_ID = new OID("1.3.6.1.4.1.33049.2.1");

    /** One row: the local port (number and id) and what LLDP hears on it. */
    public record Neighbour(int localPortNum, String localPort, String remoteSysName, String remotePort) {
    }

    private LldpTables() {
    }

    /** A switch agent keyed {@code key} (community and v3 context) serving these neighbours. */
    public static VirtualDevice device(String key, List<Neighbour> neighbours) {
        VirtualDevice.Builder builder = VirtualDevice.builder(key, SWITCH_OBJECT_ID, "simulated fabric switch " + key);
        for (Neighbour n : neighbours) {
            builder.constant(new OID(LOC_PORT_ID + "." + n.localPortNum()), new OctetString(n.localPort()));
            builder.constant(new OID(REM_PORT_ID + ".0." + n.localPortNum() + ".1"), new OctetString(n.remotePort()));
            builder.constant(new OID(REM_SYS_NAME + ".0." + n.localPortNum() + ".1"), new OctetString(n.remoteSysName()));
        }
        return builder.build();
    }
}
