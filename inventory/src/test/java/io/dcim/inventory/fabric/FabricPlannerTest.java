package io.dcim.inventory.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed plans in NVIDIA's DGX SuperPOD shape: 8 GPUs and 8 NDR NICs per server,
 * 64-port NDR (QM9700) switches, 1:1. A leaf has 32 ports down and 32 up, so a scalable unit
 * is 32 servers with 8 rail leaves. Placement: 4 servers a cabinet, 16 cabinets a row (a unit
 * is 8 cabinets, two units a row), each unit's leaves in a network cabinet of its row, spines
 * and super-spines 16 to a network cabinet in rows after the server rows. Shipped 400G prices:
 * switch 28,000, AOC 850, fibre 60, transceiver 1,100 (DAC 180).
 */
class FabricPlannerTest {

    private final FabricPlanner planner = new FabricPlanner(FabricPrices.shipped(400));

    /*
     * 1,024 GPUs, two tiers:
     *   servers = 1024 / 8 = 128; units = 128 / 32 = 4; leaves = 4 × 8 = 32
     *   spines = 32 leaves × 32 uplinks / 64 ports = 16 (each spine: 2 links to each of the 32 leaves)
     *   leaf ports 32 × 64 = 2,048, used 128 × 8 down + 32 × 32 up = 2,048, spare 0
     *   spine ports 16 × 64 = 1,024, used 1,024, spare 0
     *   server→leaf 1,024 links, all in the unit's row → AOC
     *   leaf→spine 1,024 links, server rows to the network row → fibre, 2,048 transceivers
     *   cost = 48 × 28,000 + 1,024 × 850 + 1,024 × 60 + 2,048 × 1,100
     *        = 1,344,000 + 870,400 + 61,440 + 2,252,800 = 4,528,640
     */
    @Test
    void a1024GpuTwoTierSuperPod() {
        FabricPlan plan = planner.plan(FabricRequest.superPod(1_024, Tiers.TWO));

        assertThat(plan.servers()).isEqualTo(128);
        assertThat(plan.scalableUnits()).isEqualTo(4);
        assertThat(plan.serversPerUnit()).isEqualTo(32);
        assertThat(plan.leaves()).isEqualTo(new PortUse(32, 2_048, 2_048));
        assertThat(plan.spines()).isEqualTo(new PortUse(16, 1_024, 1_024));
        assertThat(plan.superSpines().switches()).isZero();
        assertThat(plan.tier(FabricTier.SERVER_TO_LEAF)).isEqualTo(new TierCables(FabricTier.SERVER_TO_LEAF, 0, 1_024, 0));
        assertThat(plan.tier(FabricTier.LEAF_TO_SPINE)).isEqualTo(new TierCables(FabricTier.LEAF_TO_SPINE, 0, 0, 1_024));
        assertThat(plan.transceivers()).isEqualTo(2_048);
        assertThat(plan.cost().total()).isEqualByComparingTo(new BigDecimal("4528640"));
        assertThat(plan.cost().currency()).isEqualTo("USD");
    }

    /*
     * 16,384 GPUs, three tiers:
     *   servers = 2,048; units = 64; leaves = 512
     *   a spine has 32 ports down: a pod is 32 / 8 = 4 units (32 leaves) with 32 spines (one per leaf uplink)
     *   pods = 64 / 4 = 16; spines = 16 × 32 = 512
     *   super-spines = 512 spines × 32 uplinks / 64 = 256 (each takes 4 links from each of the 16 pods)
     *   ports: leaves 32,768 used 16,384 + 16,384; spines 32,768 used 16,384 + 16,384; super 16,384 used 16,384
     *   server→leaf 16,384 AOC; leaf→spine 16,384 fibre; spine→super-spine 16,384 fibre
     *     (spines fill network rows 32 and 33, super-spines row 34)
     *   transceivers = 2 × 32,768 = 65,536
     *   cost = 1,280 × 28,000 + 16,384 × 850 + 32,768 × 60 + 65,536 × 1,100
     *        = 35,840,000 + 13,926,400 + 1,966,080 + 72,089,600 = 123,822,080
     */
    @Test
    void a16384GpuThreeTierFabric() {
        FabricPlan plan = planner.plan(FabricRequest.superPod(16_384, Tiers.THREE));

        assertThat(plan.servers()).isEqualTo(2_048);
        assertThat(plan.scalableUnits()).isEqualTo(64);
        assertThat(plan.pods()).isEqualTo(16);
        assertThat(plan.leaves()).isEqualTo(new PortUse(512, 32_768, 32_768));
        assertThat(plan.spines()).isEqualTo(new PortUse(512, 32_768, 32_768));
        assertThat(plan.superSpines()).isEqualTo(new PortUse(256, 16_384, 16_384));
        assertThat(plan.tier(FabricTier.SERVER_TO_LEAF).aoc()).isEqualTo(16_384);
        assertThat(plan.tier(FabricTier.LEAF_TO_SPINE).optics()).isEqualTo(16_384);
        assertThat(plan.tier(FabricTier.SPINE_TO_SUPER_SPINE).optics()).isEqualTo(16_384);
        assertThat(plan.totalCables()).isEqualTo(49_152);
        assertThat(plan.transceivers()).isEqualTo(65_536);
        assertThat(plan.cost().total()).isEqualByComparingTo(new BigDecimal("123822080"));
    }

    /*
     * 1,000 GPUs with 2:1 oversubscription: a leaf has 64 × 2 / 3 = 42 ports down and 22 up;
     *   servers = 125, units = ceil(125 / 42) = 3 (the last one 41 servers), leaves = 24,
     *   spines = ceil(24 × 22 / 64) = ceil(8.25) = 9
     *   leaf ports 24 × 64 = 1,536, used 125 × 8 + 24 × 22 = 1,000 + 528 = 1,528, spare 8
     *   spine ports 9 × 64 = 576, used 528, spare 48
     * Leaves and spines in one network cabinet of 48: leaf→spine is copper, servers reach it by fibre.
     */
    @Test
    void oversubscriptionPartialUnitsAndCopperInsideANetworkCabinet() {
        FabricPlan plan = planner.plan(new FabricRequest(1_000, null, 8, 8, 64, 400, Tiers.TWO, 2,
                new Placement(4, 16, false, 48)));

        assertThat(plan.serversPerUnit()).isEqualTo(42);
        assertThat(plan.scalableUnits()).isEqualTo(3);
        assertThat(plan.leaves()).isEqualTo(new PortUse(24, 1_536, 1_528));
        assertThat(plan.leaves().spare()).isEqualTo(8);
        assertThat(plan.spines()).isEqualTo(new PortUse(9, 576, 528));
        assertThat(plan.tier(FabricTier.LEAF_TO_SPINE)).isEqualTo(new TierCables(FabricTier.LEAF_TO_SPINE, 528, 0, 0));
        assertThat(plan.tier(FabricTier.SERVER_TO_LEAF)).isEqualTo(new TierCables(FabricTier.SERVER_TO_LEAF, 0, 0, 1_000));
    }

    @Test
    void everyNicGoesToItsRailsLeafAndNoSwitchPortIsUsedTwice() {
        FabricRequest request = FabricRequest.superPod(16_384, Tiers.THREE);
        FabricShape shape = FabricShape.of(request);
        Set<String> used = new HashSet<>();
        new FabricLinks(shape, request.placement()).walk((tier, from, to, distance) -> {
            if (tier == FabricTier.SERVER_TO_LEAF) {
                int unit = from.index() / 32;
                assertThat(to.index()).isEqualTo(unit * 8 + from.port());
            }
            assertThat(to.port()).isBetween(0, 63);
            assertThat(used.add(from.role() + ":" + from.index() + ":" + from.port())).isTrue();
            assertThat(used.add(to.role() + ":" + to.index() + ":" + to.port())).isTrue();
        });
        assertThat(used).hasSize(2 * 49_152);
    }

    @Test
    void refusesWhatTheTiersCannotReachNamingTheField() {
        assertThatThrownBy(() -> planner.plan(FabricRequest.superPod(4_096, Tiers.TWO)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("tiers: ").hasMessageContaining("THREE");
        assertThatThrownBy(() -> planner.plan(FabricRequest.superPod(8 * 32 * 4 * 65, Tiers.THREE)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("servers: ");
        assertThatThrownBy(() -> new FabricRequest(1_024, 128, 8, 8, 64, 400, Tiers.TWO, 1, Placement.superPodLike()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("gpus: ");
        assertThatThrownBy(() -> new FabricRequest(1_024, null, 8, 8, 63, 400, Tiers.TWO, 1, Placement.superPodLike()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("switchRadix: ");
        assertThatThrownBy(() -> new Placement(0, 16, true, 16))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("serversPerCabinet: ");
    }
}
