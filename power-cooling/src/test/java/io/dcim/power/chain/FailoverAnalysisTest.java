package io.dcim.power.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dcim.common.error.NotFoundException;
import io.dcim.power.chain.ChainSnapshot.CabinetNode;
import io.dcim.power.chain.ChainSnapshot.DeviceNode;
import io.dcim.power.chain.ChainSnapshot.FeedNode;
import io.dcim.power.chain.ChainSnapshot.PanelNode;
import io.dcim.power.chain.ChainSnapshot.SourceNode;
import io.dcim.power.chain.FailoverResult.LostDevice;
import io.dcim.power.chain.FailoverResult.Overload;
import io.dcim.power.endpoint.Feed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Failover cases computed by hand. Two UPSes (1, 2), a panel on each (11 on UPS 1, 12 on UPS 2); single-phase
 * feeds are 230 V / 32 A: derated to 25.6 A, 5,888 W. Three-phase feeds are 400 V / 32 A: 25.6 A per phase,
 * 25.6 x 400 x √3 = 17,736.2 W.
 */
class FailoverAnalysisTest {

    private static final long UPS_A = 1;
    private static final long UPS_B = 2;
    private static final long PANEL_A = 11;
    private static final long PANEL_B = 12;

    private final List<FeedNode> feeds = new ArrayList<>();
    private final List<DeviceNode> devices = new ArrayList<>();
    private final List<CabinetNode> cabinets = new ArrayList<>();

    @Test
    void aTwelveKilowattCabinetOnTwo230VoltFeedsPutsOneFeedAt52AmperesWhenTheOtherFails() {
        cabinet(100, "C01", 12_000);
        metered(1001, 100, Feed.A, PANEL_A, 6_000);
        metered(1002, 100, Feed.B, PANEL_B, 6_000);
        // Typical 5 kW each; the PDUs measure 12 kW, so each server is taken to draw 6 kW, 3 kW per supply.
        device(1, "S1", 100, 5_000, 1, 1001, 1002);
        device(2, "S2", 100, 5_000, 1, 1001, 1002);

        FailoverResult r = analysis().fail(ElementKind.FEED, 1001);

        // Feed B then carries 6,000 + 2 x 3,000 = 12,000 W: 12,000 / 230 = 52.2 A against 25.6 A derated.
        assertThat(r.failedFeeds()).isEqualTo(1);
        assertThat(r.overloaded()).singleElement().satisfies(o -> {
            assertThat(o.feedId()).isEqualTo(1002);
            assertThat(o.beforeW()).isEqualTo(6_000);
            assertThat(o.afterW()).isEqualTo(12_000);
            assertThat(o.beforeA()).isEqualTo(26.1);
            assertThat(o.afterA()).isEqualTo(52.2);
            assertThat(o.deratedA()).isEqualTo(25.6);
            assertThat(o.overA()).isEqualTo(26.6);
            assertThat(o.pctOfDerated()).isEqualTo(203.8);
        });
        assertThat(r.lostPower()).as("both servers keep a live supply").isEmpty();
        assertThat(r.lostRedundancy()).extracting(FailoverResult.CabinetRef::name).containsExactly("C01");
        assertThat(r.singlePoint()).isTrue();
    }

    @Test
    void aSupplysMeteredOutletLoadIsWhatMovesWhenItsFeedFails() {
        cabinet(100, "C01", 12_000);
        metered(1001, 100, Feed.A, PANEL_A, 5_000);
        metered(1002, 100, Feed.B, PANEL_B, 5_000);
        // S1's outlets read 1,000 W on A and 3,000 W on B: it draws 4,000 W, most of it through B.
        outletMetered(1, "S1", 100, 2_000, Map.of(1001L, 1_000.0, 1002L, 3_000.0));
        // S2 has no metered outlet: the PDUs' 10,000 W less S1's 4,000 W is its draw, 3,000 W a side.
        device(2, "S2", 100, 2_000, 1, 1001, 1002);

        FailoverResult r = analysis().fail(ElementKind.FEED, 1002);

        // Feed A then carries 5,000 + (4,000 - 1,000) + (6,000 - 3,000) = 11,000 W: 11,000 / 230 = 47.8 A, 22.2 A
        // over the 25.6 A derated, 186.8 %. Split by typical draw alone (2.5 kW a side each) it would be 10,000 W.
        assertThat(r.overloaded()).singleElement().satisfies(o -> {
            assertThat(o.feedId()).isEqualTo(1001);
            assertThat(o.beforeW()).isEqualTo(5_000);
            assertThat(o.afterW()).isEqualTo(11_000);
            assertThat(o.beforeA()).isEqualTo(21.7);
            assertThat(o.afterA()).isEqualTo(47.8);
            assertThat(o.overA()).isEqualTo(22.2);
            assertThat(o.pctOfDerated()).isEqualTo(186.8);
        });
        assertThat(r.lostPower()).isEmpty();
    }

    @Test
    void anUnmeteredFeedCarriesItsSuppliesOutletReadings() {
        cabinet(100, "C01", 12_000);
        unmetered(1001, 100, Feed.A, PANEL_A, 1, 230);
        unmetered(1002, 100, Feed.B, PANEL_B, 1, 230);
        outletMetered(1, "S1", 100, 5_000, Map.of(1001L, 1_500.0, 1002L, 2_500.0));

        // Without PDU totals the feeds carry what the outlets read, not half the 5,000 W typical each.
        assertThat(new ChainLoads(snapshot()).feeds()).extracting(FeedLoad::feedId, FeedLoad::loadW)
                .containsExactlyInAnyOrder(tuple(1001L, 1_500L), tuple(1002L, 2_500L));
        // Feed A failing moves B to the whole 4,000 W the outlets read: 17.4 A, under the 25.6 A derated.
        assertThat(analysis().fail(ElementKind.FEED, 1001).overloaded()).isEmpty();
    }

    @Test
    void sixKilowattsOnA230Volt32AmpereFeedIsAlreadyJustOverItsDeratedRating() {
        cabinet(100, "C01", 12_000);
        metered(1001, 100, Feed.A, PANEL_A, 6_000);
        metered(1002, 100, Feed.B, PANEL_B, 6_000);

        List<FeedLoad> loads = new ChainLoads(snapshot()).feeds();

        // 6,000 / 230 = 26.1 A: 81.5 % of the breaker, 101.9 % of the 25.6 A it may carry continuously.
        assertThat(loads).hasSize(2).allSatisfy(l -> {
            assertThat(l.currentA()).isEqualTo(26.1);
            assertThat(l.deratedA()).isEqualTo(25.6);
            assertThat(l.deratedW()).isEqualTo(5_888);
            assertThat(l.pctOfDerated()).isEqualTo(101.9);
            assertThat(l.over()).isTrue();
            assertThat(l.measured()).isTrue();
        });
    }

    @Test
    void losingAPanelDropsItsSingleCordedDevicesAndAnNPlusOneDeviceLeftWithTooFewSupplies() {
        cabinet(100, "C01", 20_000);
        unmetered(1001, 100, Feed.A, PANEL_A, 1, 230);
        unmetered(1002, 100, Feed.B, PANEL_B, 1, 230);
        device(1, "switch-a", 100, 400, 1, 1001);
        device(2, "switch-b", 100, 400, 1, 1002);
        device(3, "storage", 100, 900, 2, 1001, 1001, 1002); // N+1: three supplies, needs two, two on A
        device(4, "server", 100, 3_000, 1, 1001, 1002);

        FailoverResult r = analysis().fail(ElementKind.PANEL, PANEL_A);

        assertThat(r.lostPower()).extracting(LostDevice::deviceName, LostDevice::reason).containsExactly(
                tuple("storage", LossReason.TOO_FEW_SUPPLIES), tuple("switch-a", LossReason.SINGLE_CORDED));
        // Unmetered, feed B carried switch-b 400 + storage 900 / 3 + server 1,500 = 2,200 W; afterwards
        // 400 + 900 (storage draws on its one live supply) + 3,000 = 4,300 W = 18.7 A, under 25.6 A.
        assertThat(r.overloaded()).isEmpty();
        assertThat(r.lostRedundancy()).extracting(FailoverResult.CabinetRef::name).containsExactly("C01");
        assertThat(r.singlePoint()).isTrue();
    }

    @Test
    void aUpsTakesDownEveryFeedOfItsPanelsAndAFourPlusFourServerRunsOnTheOtherSide() {
        cabinet(100, "G01", 20_000);
        cabinet(200, "G02", 20_000);
        threePhase(1001, 100, Feed.A, PANEL_A, 10_000);
        threePhase(1002, 100, Feed.B, PANEL_B, 10_000);
        threePhase(2001, 200, Feed.A, PANEL_A, 9_000);
        threePhase(2002, 200, Feed.B, PANEL_B, 9_000);
        device(1, "gpu-1", 100, 10_200, 4, 1001, 1001, 1001, 1001, 1002, 1002, 1002, 1002);
        device(2, "gpu-2", 200, 10_200, 4, 2001, 2001, 2001, 2001, 2002, 2002, 2002, 2002);

        FailoverResult r = analysis().fail(ElementKind.SOURCE, UPS_A);

        // Each B feed takes its cabinet's whole draw: 20,000 W (G01) and 18,000 W (G02) at 400 V three-phase
        // are 28.9 A and 26.0 A per phase against 25.6 A derated.
        assertThat(r.failedFeeds()).isEqualTo(2);
        assertThat(r.overloaded()).extracting(Overload::feedId, Overload::afterW, Overload::afterA)
                .containsExactly(tuple(1002L, 20_000L, 28.9),
                        tuple(2002L, 18_000L, 26.0));
        assertThat(r.lostPower()).as("4+4 servers run on four supplies").isEmpty();
        assertThat(r.lostRedundancy()).extracting(FailoverResult.CabinetRef::name).containsExactly("G01", "G02");
    }

    @Test
    void aCabinetWithinWhatOneSideCarriesIsNoSinglePointAndItsPowerBeyondOneSideIsStranded() {
        cabinet(100, "C01", 20_000);
        unmetered(1001, 100, Feed.A, PANEL_A, 1, 230);
        unmetered(1002, 100, Feed.B, PANEL_B, 1, 230);
        device(1, "server", 100, 5_000, 1, 1001, 1002);

        ChainSnapshot snapshot = snapshot();
        List<SinglePoint> all = new FailoverAnalysis(snapshot).singlePointsOfFailure();

        // 5,000 W on one 230 V feed is 21.7 A, under 25.6 A: nothing trips, nothing goes dark.
        assertThat(all).extracting(p -> p.element().kind()).containsExactly(ElementKind.SOURCE, ElementKind.SOURCE,
                ElementKind.PANEL, ElementKind.PANEL, ElementKind.FEED, ElementKind.FEED);
        assertThat(all).noneMatch(SinglePoint::singlePoint);
        assertThat(all).allSatisfy(p -> assertThat(p.cabinetsLosingRedundancy()).isEqualTo(1));
        // 20 kW contracted, one side delivers 5,888 W: 14,112 W can never be used with redundancy kept.
        assertThat(new ChainLoads(snapshot).cabinets()).singleElement().satisfies(c -> {
            assertThat(c.redundantW()).isEqualTo(5_888);
            assertThat(c.strandedW()).isEqualTo(14_112);
        });
    }

    @Test
    void twoThreePhaseFeedsPerSideCarryATwentyKilowattCabinetWithNothingStranded() {
        cabinet(100, "G01", 20_000);
        unmetered(1001, 100, Feed.A, PANEL_A, 3, 400);
        unmetered(1003, 100, Feed.A, PANEL_A, 3, 400);
        unmetered(1002, 100, Feed.B, PANEL_B, 3, 400);
        unmetered(1004, 100, Feed.B, PANEL_B, 3, 400);

        assertThat(new ChainLoads(snapshot()).cabinets()).singleElement().satisfies(c -> {
            assertThat(c.feeds()).isEqualTo(4);
            // The weaker side: 2 x 17,736.2 W.
            assertThat(c.redundantW()).isEqualTo(35_472);
            assertThat(c.strandedW()).isZero();
        });
    }

    @Test
    void anElementNotInTheChainIsNotFound() {
        cabinet(100, "C01", 12_000);
        assertThatThrownBy(() -> analysis().fail(ElementKind.PANEL, 999)).isInstanceOf(NotFoundException.class);
    }

    private FailoverAnalysis analysis() {
        return new FailoverAnalysis(snapshot());
    }

    private ChainSnapshot snapshot() {
        return new ChainSnapshot(1, 80,
                List.of(new SourceNode(UPS_A, "UPS-A", SourceKind.UPS, 500_000),
                        new SourceNode(UPS_B, "UPS-B", SourceKind.UPS, 500_000)),
                List.of(new PanelNode(PANEL_A, "PP-A", UPS_A), new PanelNode(PANEL_B, "PP-B", UPS_B)),
                feeds, devices, cabinets);
    }

    private void cabinet(long id, String name, int contractedW) {
        cabinets.add(new CabinetNode(id, name, contractedW));
    }

    private void metered(long id, long cabinet, Feed side, long panel, double watts) {
        feeds.add(new FeedNode(id, "F" + id, panel, cabinet, side, 1, 230, 32, watts, watts / 230));
    }

    private void threePhase(long id, long cabinet, Feed side, long panel, double watts) {
        feeds.add(new FeedNode(id, "F" + id, panel, cabinet, side, 3, 400, 32, watts,
                watts / (400 * Math.sqrt(3))));
    }

    private void unmetered(long id, long cabinet, Feed side, long panel, int phases, int volts) {
        feeds.add(new FeedNode(id, "F" + id, panel, cabinet, side, phases, volts, 32, null, null));
    }

    /** A 1+1 device with one supply on each feed named, each supply's outlet reading the watts given. */
    private void outletMetered(long id, String name, long cabinet, int typicalW, Map<Long, Double> wattsByFeed) {
        List<Long> feedIds = wattsByFeed.keySet().stream().sorted().toList();
        List<Double> watts = feedIds.stream().map(wattsByFeed::get).toList();
        devices.add(new DeviceNode(id, name, cabinet, typicalW, watts.stream().mapToDouble(Double::doubleValue).sum(),
                1, feedIds, watts));
    }

    private void device(long id, String name, long cabinet, int typicalW, int needed, long... feedIds) {
        devices.add(new DeviceNode(id, name, cabinet, typicalW, null, needed,
                java.util.Arrays.stream(feedIds).boxed().toList()));
    }
}
