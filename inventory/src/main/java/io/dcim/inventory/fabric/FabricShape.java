package io.dcim.inventory.fabric;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

/**
 * The switch counts of a rail-optimised fat tree. A leaf splits its radix into ports down to
 * servers and up to spines by the oversubscription (1:1 halves it); a scalable unit is as many
 * servers as a leaf has down ports, and gets one leaf per rail (NIC i of each of its servers on
 * leaf i). Two tiers: every leaf reaches every spine, so there can be at most radix leaves.
 * Three tiers: a pod is as many whole units as a spine's down half takes leaves, with one spine
 * per leaf uplink; spines send their up half to super-spines, and every super-spine reaches
 * every pod, so there can be at most radix pods.
 */
record FabricShape(int servers, int rails, int radix, int leafDown, int leafUp, int serversPerUnit, int units, int leaves,
        int unitsPerPod, int pods, int spines, int spineUp, int superSpines) {

    static FabricShape of(FabricRequest r) {
        int servers = r.serverCount();
        int radix = r.switchRadix();
        int rails = r.nicsPerServer();
        int leafDown = radix * r.oversubscription() / (r.oversubscription() + 1);
        int leafUp = radix - leafDown;
        int units = ceil(servers, leafDown);
        int leaves = units * rails;
        if (r.tiers() == Tiers.TWO) {
            if (leaves > radix) {
                throw new InvalidValueException("tiers", Message.of("inventory.fabric.twoTiersTooSmall", radix,
                        (radix / rails) * leafDown, leaves));
            }
            return new FabricShape(servers, rails, radix, leafDown, leafUp, leafDown, units, leaves, units, 1,
                    ceil(leaves * leafUp, radix), 0, 0);
        }
        int spineDown = radix / 2;
        int unitsPerPod = spineDown / rails;
        if (unitsPerPod < 1) {
            throw new InvalidValueException("nicsPerServer", Message.of("inventory.fabric.railsDoNotFit", rails, spineDown));
        }
        int pods = ceil(units, unitsPerPod);
        if (pods > radix) {
            throw new InvalidValueException("servers", Message.of("inventory.fabric.threeTiersTooSmall", radix,
                    unitsPerPod * leafDown, pods));
        }
        int spines = pods * leafUp;
        int spineUp = radix - spineDown;
        return new FabricShape(servers, rails, radix, leafDown, leafUp, leafDown, units, leaves, unitsPerPod, pods, spines,
                spineUp, ceil((long) spines * spineUp, radix));
    }

    boolean threeTier() {
        return superSpines > 0;
    }

    int leavesPerPod() {
        return unitsPerPod * rails;
    }

    private static int ceil(long a, long b) {
        return (int) ((a + b - 1) / b);
    }
}
