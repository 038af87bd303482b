package io.dcim.inventory.fabric;

import io.dcim.inventory.fabric.Endpoint.Role;

/**
 * Walks every link of a plan once, in a fixed order, with where its ends stand: the planner
 * counts them and the wiring turns them into planned cables, so both see the same fabric.
 * Server s, NIC r goes to leaf r of its unit on the down port numbered by its place in the
 * unit; leaf uplinks follow the down ports; a switch's links from below fill its ports in order.
 */
final class FabricLinks {

    interface Sink {
        void link(FabricTier tier, Endpoint from, Endpoint to, LinkClass distance);
    }

    private final FabricShape shape;
    private final Placement placement;
    private final int serverCabinets;
    private final int serverRows;

    FabricLinks(FabricShape shape, Placement placement) {
        this.shape = shape;
        this.placement = placement;
        this.serverCabinets = (shape.servers() + placement.serversPerCabinet() - 1) / placement.serversPerCabinet();
        this.serverRows = (serverCabinets + placement.cabinetsPerRow() - 1) / placement.cabinetsPerRow();
    }

    void walk(Sink sink) {
        int[] leafUpNext = new int[shape.leaves()];
        for (int s = 0; s < shape.servers(); s++) {
            int unit = s / shape.serversPerUnit();
            for (int rail = 0; rail < shape.rails(); rail++) {
                int leaf = unit * shape.rails() + rail;
                sink.link(FabricTier.SERVER_TO_LEAF, new Endpoint(Role.SERVER, s, rail),
                        new Endpoint(Role.LEAF, leaf, s % shape.serversPerUnit()), distance(serverCabinet(s), leafCabinet(leaf)));
            }
        }
        int[] spineNext = new int[shape.spines()];
        for (int leaf = 0; leaf < shape.leaves(); leaf++) {
            for (int j = 0; j < shape.leafUp(); j++) {
                int spine = shape.threeTier() ? leaf / shape.leavesPerPod() * shape.leafUp() + j
                        : (leaf * shape.leafUp() + j) % shape.spines();
                sink.link(FabricTier.LEAF_TO_SPINE, new Endpoint(Role.LEAF, leaf, shape.leafDown() + leafUpNext[leaf]++),
                        new Endpoint(Role.SPINE, spine, spineNext[spine]++), distance(leafCabinet(leaf), spineCabinet(spine)));
            }
        }
        if (!shape.threeTier()) {
            return;
        }
        int[] superNext = new int[shape.superSpines()];
        for (int spine = 0; spine < shape.spines(); spine++) {
            for (int j = 0; j < shape.spineUp(); j++) {
                int top = (spine * shape.spineUp() + j) % shape.superSpines();
                sink.link(FabricTier.SPINE_TO_SUPER_SPINE, new Endpoint(Role.SPINE, spine, spineNext[spine]++),
                        new Endpoint(Role.SUPER_SPINE, top, superNext[top]++), distance(spineCabinet(spine), superCabinet(top)));
            }
        }
    }

    /** A cabinet as (row, id): ids are unique across server and network cabinets. */
    private record Spot(int row, int cabinet) {
    }

    private static LinkClass distance(Spot a, Spot b) {
        if (a.cabinet == b.cabinet) {
            return LinkClass.SAME_CABINET;
        }
        return a.row == b.row ? LinkClass.SAME_ROW : LinkClass.BEYOND_ROW;
    }

    private Spot serverCabinet(int server) {
        int cabinet = server / placement.serversPerCabinet();
        return new Spot(cabinet / placement.cabinetsPerRow(), cabinet);
    }

    private Spot leafCabinet(int leaf) {
        int unit = leaf / shape.rails();
        if (placement.leavesInServerRows()) {
            return new Spot(serverCabinet(unit * shape.serversPerUnit()).row, serverCabinets + unit);
        }
        return networkSlot(leaf);
    }

    private Spot spineCabinet(int spine) {
        return networkSlot(networkLeaves() + spine);
    }

    private Spot superCabinet(int superSpine) {
        return networkSlot(networkLeaves() + shape.spines() + superSpine);
    }

    private int networkLeaves() {
        return placement.leavesInServerRows() ? 0 : shape.leaves();
    }

    /** The k-th switch of the network rows, packed cabinet by cabinet after the server rows. */
    private Spot networkSlot(int k) {
        int cabinet = k / placement.switchesPerCabinet();
        return new Spot(serverRows + cabinet / placement.cabinetsPerRow(), serverCabinets + shape.units() + cabinet);
    }
}
