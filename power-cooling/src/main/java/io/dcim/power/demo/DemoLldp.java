package io.dcim.power.demo;

import io.dcim.inventory.cable.RecordedLink;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.power.snmp.simulator.LldpTables;
import io.dcim.power.snmp.simulator.LldpTables.Neighbour;
import io.dcim.power.snmp.simulator.VirtualDevice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo switches' LLDP neighbour tables, played from the recorded cabling (end to end: across patch panels a
 * switch hears the device at the path's far end, as {@link io.dcim.inventory.cable.CableLinks} gives it) with three
 * deliberate faults
 * among the first four server links of the first leaf that has them, so the cabling check has something to
 * find: the first two links' cables swapped (a swapped pair), the third link silent (a missing link), and
 * the fourth heard from another NIC than the recorded one (a server cabled to the wrong rail's port).
 */
public final class DemoLldp {

    /** What was made wrong on purpose, by cable label: what the check must find. */
    public record Faults(List<String> swapped, String missing, String wrongRail) {
    }

    /** The switches' agents and the faults in them. */
    public record Tables(Map<String, List<Neighbour>> bySwitch, Faults faults) {

        public List<VirtualDevice> devices() {
            return bySwitch.entrySet().stream().map(e -> LldpTables.device(e.getKey(), e.getValue())).toList();
        }
    }

    private DemoLldp() {
    }

    public static Tables of(List<RecordedLink> links) {
        Map<String, List<Neighbour>> tables = new LinkedHashMap<>();
        Map<String, Integer> portNumbers = new LinkedHashMap<>();
        Map<String, List<int[]>> serverRows = new LinkedHashMap<>();
        // a link through patch panels is heard end to end: LLDP frames pass a passive panel untouched
        for (RecordedLink link : links) {
            hear(tables, portNumbers, serverRows, link.aDevice(), link.aKind(), link.aPort(), link.bDevice(), link.bKind(),
                    link.bPort());
            hear(tables, portNumbers, serverRows, link.bDevice(), link.bKind(), link.bPort(), link.aDevice(), link.aKind(),
                    link.aPort());
        }
        String leaf = serverRows.entrySet().stream().filter(e -> e.getValue().size() >= 4).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalStateException("no leaf with four server links to fault"));
        List<Neighbour> rows = tables.get(leaf);
        List<int[]> servers = serverRows.get(leaf);
        Neighbour first = rows.get(servers.get(0)[0]);
        Neighbour second = rows.get(servers.get(1)[0]);
        Neighbour third = rows.get(servers.get(2)[0]);
        Neighbour fourth = rows.get(servers.get(3)[0]);
        rows.set(servers.get(0)[0], new Neighbour(first.localPortNum(), first.localPort(), second.remoteSysName(),
                second.remotePort()));
        rows.set(servers.get(1)[0], new Neighbour(second.localPortNum(), second.localPort(), first.remoteSysName(),
                first.remotePort()));
        String otherNic = rows.stream().map(Neighbour::remotePort).filter(p -> !p.equals(fourth.remotePort()))
                .filter(p -> p.startsWith("ib")).findFirst().orElse(fourth.remotePort() + "-other");
        rows.set(servers.get(3)[0], new Neighbour(fourth.localPortNum(), fourth.localPort(), fourth.remoteSysName(),
                otherNic));
        rows.remove(servers.get(2)[0]);
        return new Tables(tables, new Faults(List.of(labelOf(links, leaf, first), labelOf(links, leaf, second)),
                labelOf(links, leaf, third), labelOf(links, leaf, fourth)));
    }

    /** Only switches speak LLDP here; a server's row on a switch is remembered for the faults. */
    private static void hear(Map<String, List<Neighbour>> tables, Map<String, Integer> portNumbers,
            Map<String, List<int[]>> serverRows, String device, DeviceKind kind, String port, String remote,
            DeviceKind remoteKind, String remotePort) {
        if (kind != DeviceKind.NETWORK_SWITCH) {
            return;
        }
        List<Neighbour> rows = tables.computeIfAbsent(device, d -> new ArrayList<>());
        int number = portNumbers.merge(device, 1, Integer::sum);
        if (remoteKind == DeviceKind.GPU_SERVER) {
            serverRows.computeIfAbsent(device, d -> new ArrayList<>()).add(new int[] {rows.size()});
        }
        rows.add(new Neighbour(number, port, remote, remotePort));
    }

    private static String labelOf(List<RecordedLink> links, String leaf, Neighbour row) {
        return links.stream().filter(l -> l.aDevice().equals(leaf) && l.aPort().equals(row.localPort())
                || l.bDevice().equals(leaf) && l.bPort().equals(row.localPort())).map(RecordedLink::label).findFirst()
                .orElseThrow();
    }
}
