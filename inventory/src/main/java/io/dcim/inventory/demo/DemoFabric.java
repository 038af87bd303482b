package io.dcim.inventory.demo;

import io.dcim.inventory.cable.Cable;
import io.dcim.inventory.cable.CableEnd;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableType;
import io.dcim.inventory.port.Port;
import io.dcim.inventory.port.PortKind;
import io.dcim.inventory.site.Site;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Cables the demo's InfiniBand fabric as it is seeded, hall by hall. Each row's network
 * cabinet holds two Quantum-2 switches. In row A they are the hall's spines; in every other
 * row they are the leaves of that row's scalable unit, rail-optimised by rail group: NIC i of
 * every H100 server of the row goes to leaf 1 for rails 1–4 and leaf 2 for rails 5–8, on the
 * down port numbered by the server's place in the row (a row has room for two IB switches,
 * not eight). Each leaf sends as many uplinks as the two spines have ports for, alternating
 * spines. Row A's servers wait for leaves of their own (growth space). Servers reach their
 * row's leaves by AOC; leaves reach the spines of row A by fibre (two optics). Cables are
 * persisted directly, as {@code CableService} would record them, at the loader's checkpoints once the
 * ports they plug into are written.
 */
final class DemoFabric {

    private static final int RAILS_PER_LEAF = 4;
    private final Session session;
    private final Site site;
    private final int uplinksPerLeaf;
    private final List<Port> spinePorts = new ArrayList<>();
    private int spineNext;
    private final List<List<Port>> leafPorts = new ArrayList<>();
    private int rowServers;
    private int cables;
    /** Cables held back until the loader has written the ports they plug into. */
    private final List<Cable> pendingCables = new ArrayList<>();
    private final List<CableEnd> pendingEnds = new ArrayList<>();

    DemoFabric(Session session, Site site, int rowsPerRoom) {
        this.session = session;
        this.site = site;
        int leavesPerHall = Math.max(1, 2 * (rowsPerRoom - 1));
        this.uplinksPerLeaf = Math.min(16, 2 * 64 / leavesPerHall);
    }

    void newHall() {
        spinePorts.clear();
        spineNext = 0;
    }

    /** The row's IB switches: the hall's spines in row A, the row's leaves elsewhere. */
    void networkCabinet(int rowIndex, List<List<Port>> ibSwitches) {
        leafPorts.clear();
        rowServers = 0;
        if (rowIndex == 0) {
            // interleave so that consecutive uplinks alternate between the two spines
            List<Port> a = ib(ibSwitches.get(0));
            List<Port> b = ib(ibSwitches.get(1));
            for (int i = 0; i < a.size(); i++) {
                spinePorts.add(a.get(i));
                spinePorts.add(b.get(i));
            }
            return;
        }
        for (List<Port> ports : ibSwitches) {
            List<Port> leaf = ib(ports);
            leafPorts.add(leaf);
            for (int j = 0; j < uplinksPerLeaf && spineNext < spinePorts.size(); j++) {
                cable(CableType.MMF, leaf.get(leaf.size() - 1 - j), spinePorts.get(spineNext++));
            }
        }
    }

    /** An H100 server's eight NDR NICs to its row's rail leaves. */
    void server(List<Port> ports) {
        if (leafPorts.isEmpty()) {
            return;
        }
        List<Port> nics = ib(ports);
        int downPorts = 64 - uplinksPerLeaf;
        if (rowServers >= downPorts / RAILS_PER_LEAF) {
            return;
        }
        for (int rail = 0; rail < nics.size(); rail++) {
            List<Port> leaf = leafPorts.get(Math.min(rail / RAILS_PER_LEAF, leafPorts.size() - 1));
            cable(CableType.AOC, nics.get(rail), leaf.get(rowServers * RAILS_PER_LEAF + rail % RAILS_PER_LEAF));
        }
        rowServers++;
    }

    int cables() {
        return cables;
    }

    private void cable(CableType type, Port a, Port b) {
        Cable cable = new Cable(site, String.format("IB-%06d", ++cables), type, 1, null,
                type == CableType.AOC ? "aqua" : "yellow", CableStatus.INSTALLED);
        pendingCables.add(cable);
        pendingEnds.add(new CableEnd(cable, a, "A", 1));
        pendingEnds.add(new CableEnd(cable, b, "B", 1));
    }

    /** Persists the cables made since the last call; their ports must be written by then. */
    void persistPending() {
        pendingCables.forEach(session::persist);
        pendingEnds.forEach(session::persist);
        pendingCables.clear();
        pendingEnds.clear();
    }

    private static List<Port> ib(List<Port> ports) {
        return ports.stream().filter(p -> p.getKind() == PortKind.IB_NDR).toList();
    }
}
