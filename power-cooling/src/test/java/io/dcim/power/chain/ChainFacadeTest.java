package io.dcim.power.chain;

import static io.dcim.power.chain.TwoFeedCabinet.ANALYST;
import static io.dcim.power.chain.TwoFeedCabinet.OPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dcim.common.access.Permission;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.power.chain.ChainSpecs.NewFeed;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.ChainSpecs.Plug;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.profile.Metrics;
import io.dcim.testing.BothDatabases;
import java.util.List;

/**
 * A recorded chain read back from the database with the PDUs' readings: one cabinet on an A and a B feed from
 * two UPSes, a 3+3 H100 server across both and a single-corded leaf switch on A.
 */
class ChainFacadeTest {

    @BothDatabases
    void losingFeedADropsTheSingleCordedSwitchAndPutsTheServersWholeDrawOnFeedB(Database db) {
        TwoFeedCabinet c = chain(db);

        FailoverResult r = c.facade.failover(ANALYST, c.f.siteId, ElementKind.FEED, c.feedA);

        // The PDUs measure 6,000 W each; typical 8,700 + 300 W scaled to 12,000 W: the server draws 11,600 W, the
        // switch 400 W. Feed B carries 6,000 W and takes the server's other 5,800 W: 11,800 W, so its measured
        // 26.1 A becomes 26.1 x 11,800 / 6,000 = 51.3 A against 25.6 A derated.
        assertThat(r.overloaded()).extracting(FailoverResult.Overload::feedName, FailoverResult.Overload::afterW,
                FailoverResult.Overload::afterA).containsExactly(tuple("A01-B", 11_800L, 51.3));
        assertThat(r.lostPower()).extracting(FailoverResult.LostDevice::deviceId, FailoverResult.LostDevice::reason)
                .containsExactly(tuple(c.leaf.getId(), LossReason.SINGLE_CORDED));
        assertThat(r.lostRedundancy()).extracting(FailoverResult.CabinetRef::name).containsExactly("A01");
    }

    @BothDatabases
    void everySourcePanelAndFeedIsAnsweredInOneCallAndTheCabinetPageSeesItsFeeds(Database db) {
        TwoFeedCabinet c = chain(db);

        List<SinglePoint> all = c.facade.singlePointsOfFailure(ANALYST, c.f.siteId);
        List<FeedLoad> feeds = c.facade.cabinetFeeds(ANALYST, c.cabinet.getId());

        assertThat(all).extracting(p -> p.element().kind(), p -> p.element().name()).containsExactly(
                tuple(ElementKind.SOURCE, "UPS-A"), tuple(ElementKind.SOURCE, "UPS-B"),
                tuple(ElementKind.PANEL, "PP-A"), tuple(ElementKind.PANEL, "PP-B"),
                tuple(ElementKind.FEED, "A01-A"), tuple(ElementKind.FEED, "A01-B"));
        assertThat(all).allMatch(SinglePoint::singlePoint);
        assertThat(feeds).extracting(FeedLoad::feedName, FeedLoad::loadW, FeedLoad::measured, FeedLoad::sourceName)
                .containsExactly(tuple("A01-A", 6_000L, true, "UPS-A"), tuple("A01-B", 6_000L, true, "UPS-B"));
        assertThat(c.facade.strandedPower(ANALYST, c.f.siteId)).singleElement()
                .satisfies(p -> assertThat(p.redundantW()).isEqualTo(5_888));
    }

    @BothDatabases
    void aCabinetsFeedsCountADevicePluggedInFromAnotherCabinetOfTheSiteAsTheSiteViewDoes(Database db) {
        // No PDU readings: each feed's load is its devices' typical draw, so the devices found are what it shows.
        TwoFeedCabinet c = new TwoFeedCabinet(db, 6, 3);
        long feedABefore = loadOf(c.facade.cabinetFeeds(ANALYST, c.cabinet.getId()), "A01-A");
        io.dcim.inventory.device.Device moved = c.f.base.inventory.install(c.f.base.inventory.leafSwitch(), c.cabinet,
                30, io.dcim.inventory.device.Face.FRONT);
        c.facade.plug(OPS, List.of(new Plug(moved.getId(), 1, c.feedA)));
        Cabinet next = c.f.cabinet("A02");
        // Moved to the next cabinet with its supply still on A01's feed A (its cord not yet re-run).
        c.f.base.inventory.devices.move(moved.getId(), moved.getVersion(),
                io.dcim.inventory.device.Location.inCabinet(next.getId(), 40, io.dcim.inventory.device.Face.FRONT), null);

        List<FeedLoad> cabinet = c.facade.cabinetFeeds(ANALYST, c.cabinet.getId());

        assertThat(loadOf(cabinet, "A01-A")).as("the switch now standing in A02 is still on A01's feed A")
                .isGreaterThan(feedABefore);
        assertThat(cabinet).containsExactlyElementsOf(c.facade.siteFeeds(ANALYST, c.f.siteId).stream()
                .filter(feed -> feed.cabinetId() == c.cabinet.getId()).toList());
    }

    private static long loadOf(List<FeedLoad> feeds, String name) {
        return feeds.stream().filter(f -> f.feedName().equals(name)).findFirst().orElseThrow().loadW();
    }

    @BothDatabases
    void recordingTheChainNeedsPowerConfigureAndHistoryNamesWhoDidIt(Database db) {
        TwoFeedCabinet c = chain(db);

        assertThatThrownBy(() -> c.facade.addSource(ANALYST, new NewSource(c.f.siteId, "UPS-C", SourceKind.UPS,
                500_000))).isInstanceOfSatisfying(NotPermittedException.class,
                e -> assertThat(e.missing()).isEqualTo(Permission.POWER_CONFIGURE));
        List<String> actors = db.read(s -> s.createNativeQuery("select distinct r.actor from power_feed_aud a"
                + " join revinfo r on r.id = a.rev", String.class).getResultList());
        assertThat(actors).containsExactly("ops-1");
    }

    @BothDatabases
    void withItsOutletsMeteredTheServersOwnReadingsAreWhatMovesToFeedB(Database db) {
        TwoFeedCabinet c = chain(db);
        long feedB = c.facade.cabinetFeeds(ANALYST, c.cabinet.getId()).stream()
                .filter(l -> l.feedName().equals("A01-B")).findFirst().orElseThrow().feedId();
        // The server's supplies on outlets 1-3 of each PDU, the switch on outlet 4 of A's.
        c.facade.plug(OPS, List.of(new Plug(c.server.getId(), 1, c.feedA, 1), new Plug(c.server.getId(), 2, c.feedA, 2),
                new Plug(c.server.getId(), 3, c.feedA, 3), new Plug(c.server.getId(), 4, feedB, 1),
                new Plug(c.server.getId(), 5, feedB, 2), new Plug(c.server.getId(), 6, feedB, 3),
                new Plug(c.leaf.getId(), 1, c.feedA, 4)));
        // Plugged again without an outlet into the same feed, a supply keeps its outlet.
        c.facade.plug(OPS, List.of(new Plug(c.leaf.getId(), 1, c.feedA)));
        for (int outlet = 1; outlet <= 3; outlet++) {
            c.f.read(c.pduA, Metrics.row(Metrics.PDU_OUTLET_POWER_W, outlet), 1_800);
            c.f.read(c.pduB, Metrics.row(Metrics.PDU_OUTLET_POWER_W, outlet), 2_000);
        }
        c.f.read(c.pduA, Metrics.row(Metrics.PDU_OUTLET_POWER_W, 4), 600);

        FailoverResult r = c.facade.failover(ANALYST, c.f.siteId, ElementKind.FEED, c.feedA);

        // The server's outlets read 3 x 1,800 + 3 x 2,000 = 11,400 W (not the 11,600 W its typical share of the
        // PDUs would give): feed B's 6,000 W become 11,400 W, its measured 26.1 A 26.1 x 11,400 / 6,000 = 49.6 A.
        assertThat(r.overloaded()).extracting(FailoverResult.Overload::feedName, FailoverResult.Overload::afterW,
                FailoverResult.Overload::afterA).containsExactly(tuple("A01-B", 11_400L, 49.6));
        assertThat(r.lostPower()).extracting(FailoverResult.LostDevice::deviceId).containsExactly(c.leaf.getId());
        assertThatThrownBy(() -> c.facade.plug(OPS, List.of(new Plug(c.leaf.getId(), 1, c.feedA, 0))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("outlet"));
    }

    @BothDatabases
    void aPduMetersOneFeedAndASupplyPlugsOnlyIntoItsOwnCabinetsFeeds(Database db) {
        TwoFeedCabinet c = chain(db);
        Cabinet other = c.f.cabinet("A02");

        assertThatThrownBy(() -> c.facade.addFeed(OPS, new NewFeed(c.panelB, c.cabinet.getId(), "A01-B2", Feed.B, 1,
                230, 32, c.pduB.id()))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.field()).isEqualTo("pduTargetId"));
        long otherFeed = c.facade.addFeed(OPS, new NewFeed(c.panelA, other.getId(), "A02-A", Feed.A, 1, 230, 32,
                null)).id();
        assertThatThrownBy(() -> c.facade.plug(OPS, List.of(new Plug(c.server.getId(), 1, otherFeed))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("feedId"));
        assertThatThrownBy(() -> c.facade.plug(OPS, List.of(new Plug(c.leaf.getId(), 2, c.feedA))))
                .as("a model without a supply spec is single-corded")
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("supplyIndex"));
    }

    /** The chain of the class comment: {@link TwoFeedCabinet} with a 3+3 server, each PDU measuring 6,000 W. */
    private static TwoFeedCabinet chain(Database db) {
        TwoFeedCabinet c = new TwoFeedCabinet(db, 6, 3);
        for (TargetView pdu : List.of(c.pduA, c.pduB)) {
            c.f.read(pdu, Metrics.PDU_POWER_W, 6_000);
            c.f.read(pdu, Metrics.row(Metrics.PDU_PHASE_CURRENT_A, 1), 6_000 / 230.0);
        }
        return c;
    }
}
