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
 * row's leaves by AOC; leaves reach the spines of row A by fibre (two optics), each leaf's first
 * two uplinks through the network rows' patch panels and an MPO trunk per leaf row. Cables are
 * persisted directly, as {@code CableService} would record them, at the loader's checkpoints once the
 * ports they plug into are written.
 */
final class DemoFabric {

    private static final int RAILS_PER_LEAF = 4;
    /** Each leaf's first uplinks that go through the patch panels instead of straight to a spine. */
    static final int PATCHED_UPLINKS = 2;
    /** MPO rear ports of a network row's panel: one trunk to row A per leaf row, four per spine-row panel. */
    static final int TRUNKS_PER_PANEL = 4;
    private final Session session;
    private final Site site;
    private final int uplinksPerLeaf;
    private final List<Port> spinePorts = new ArrayList<>();
    private int spineNext;
    private final List<List<Port>> leafPorts = new ArrayList<>();
    /** Row A's patch panels' ports, one list per panel: where the leaf rows' trunks land. */
    private final List<List<Port>> spinePanels = new ArrayList<>();
    private int leafRows;
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
        spinePanels.clear();
        leafRows = 0;
    }

    /** Row A's patch panels for a hall of {@code rowsPerRoom} rows: one MPO rear per leaf row. */
    static int spinePanels(int rowsPerRoom) {
        return (rowsPerRoom - 1 + TRUNKS_PER_PANEL - 1) / TRUNKS_PER_PANEL;
    }

    /**
     * The row's IB switches: the hall's spines in row A, the row's leaves elsewhere; and the row's patch panels
     * (24 LC fronts over 4 MPO rears). A leaf row's panel takes each leaf's first {@value #PATCHED_UPLINKS} uplinks
     * on the fronts behind its first rear, which a trunk joins to a rear of a row-A panel, whose fronts on the same
     * positions are patched to the spine ports: leaf, front, rear, trunk, rear, front, spine.
     */
    void networkCabinet(int rowIndex, List<List<Port>> ibSwitches, List<List<Port>> panels) {
        leafPorts.clear();
        rowServers = 0;
        if (rowIndex == 0) {
            spinePanels.addAll(panels);
            // interleave so that consecutive uplinks alternate between the two spines
            List<Port> a = ib(ibSwitches.get(0));
            List<Port> b = ib(ibSwitches.get(1));
            for (int i = 0; i < a.size(); i++) {
                spinePorts.add(a.get(i));
                spinePorts.add(b.get(i));
            }
            return;
        }
        int trunk = leafRows++;
        List<Port> rowPanel = panels.isEmpty() ? null : panels.get(0);
        List<Port> spinePanel = trunk / TRUNKS_PER_PANEL < spinePanels.size() ? spinePanels.get(trunk / TRUNKS_PER_PANEL)
                : null;
        boolean patched = rowPanel != null && spinePanel != null;
        Port rowRear = patched ? rears(rowPanel).get(0) : null;
        Port spineRear = patched ? rears(spinePanel).get(trunk % TRUNKS_PER_PANEL) : null;
        if (patched) {
            cable(CableType.MPO_TRUNK, rowRear, spineRear);
        }
        int position = 0;
        for (List<Port> ports : ibSwitches) {
            List<Port> leaf = ib(ports);
            leafPorts.add(leaf);
            for (int j = 0; j < uplinksPerLeaf && spineNext < spinePorts.size(); j++) {
                Port up = leaf.get(leaf.size() - 1 - j);
                Port spine = spinePorts.get(spineNext++);
                if (patched && j < PATCHED_UPLINKS) {
                    position++;
                    cable(CableType.MMF, up, front(rowPanel, rowRear, position));
                    cable(CableType.MMF, spine, front(spinePanel, spineRear, position));
                } else {
                    cable(CableType.MMF, up, spine);
                }
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
                type == CableType.AOC ? "aqua" : type == CableType.MPO_TRUNK ? "violet" : "yellow", CableStatus.INSTALLED);
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

    private static List<Port> rears(List<Port> panel) {
        return panel.stream().filter(p -> p.getKind().isPanelRear()).toList();
    }

    /** The panel's front wired behind to {@code rear} on {@code position}. */
    private static Port front(List<Port> panel, Port rear, int position) {
        return panel.stream().filter(p -> p.getRearPort() == rear && p.getRearPosition() == position).findFirst()
                .orElseThrow(() -> new IllegalStateException("no front on position " + position + " of " + rear.getName()));
    }

    private static List<Port> ib(List<Port> ports) {
        return ports.stream().filter(p -> p.getKind() == PortKind.IB_NDR).toList();
    }
}
