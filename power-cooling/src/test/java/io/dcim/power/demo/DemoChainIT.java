package io.dcim.power.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.power.PowerModule;
import io.dcim.power.chain.ChainFacade;
import io.dcim.power.chain.ElementKind;
import io.dcim.power.chain.FailoverResult;
import io.dcim.power.chain.FeedLoad;
import io.dcim.power.chain.LossReason;
import io.dcim.power.chain.SinglePoint;
import io.dcim.power.profile.Metrics;
import io.dcim.testing.BothDatabases;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The small demo's power chain, measured by one sweep of the simulator: the failover analysis finds what was made
 * wrong on purpose (one busy cabinet on 16 A feeds, three single-corded switches) and nothing else.
 */
class DemoChainIT {

    private static final Caller VIEWER = Caller.system("test");

    @BothDatabases
    void theFailoverAnswersFindTheDemosOverloadedCabinetAndItsSingleCordedSwitches(Database db) {
        long siteId = SmallDemoSite.seed(db);
        PowerModule.Config config = SmallDemoSite.loopbackPowerConfig();
        try (PowerModule power = PowerModule.start(db, Clock.systemUTC(), config);
             PowerDemo demo = PowerDemo.start(db, power.targets(), power.profiles(), DemoOptions.DEFAULT
                     .withoutHistory())) {
            demo.refresh(); // a second start records no second chain
            power.services().sweepAndEvaluate(Instant.now());
            power.services().sweepAndEvaluate(Instant.now()); // what the first left running is stored by now
            ChainFacade chain = power.chainFacade();

            List<SinglePoint> all = chain.singlePointsOfFailure(VIEWER, siteId);
            List<FeedLoad> feeds = chain.siteFeeds(VIEWER, siteId);

            // 2 halls: a UPS-A and a UPS-B each, a panel per row and side (2 x 5 x 2), 2 feeds per cabinet.
            assertThat(all.stream().filter(p -> p.element().kind() == ElementKind.SOURCE)).hasSize(4);
            assertThat(all.stream().filter(p -> p.element().kind() == ElementKind.PANEL)).hasSize(20);
            assertThat(feeds).hasSize(400);
            // Measured where the PDU's reading is in; on a busy machine a sweep may leave a few for the next one.
            assertThat(feeds).filteredOn(FeedLoad::measured).isNotEmpty();
            List<SinglePoint> overloading = all.stream()
                    .filter(p -> p.element().kind() == ElementKind.FEED && p.overloadedCircuits() > 0).toList();
            assertThat(overloading).as("either feed of the cabinet on 16 A breakers").hasSize(2);
            FailoverResult onFeed = chain.failover(VIEWER, siteId, ElementKind.FEED,
                    overloading.get(0).element().id());
            assertThat(onFeed.overloaded()).singleElement().satisfies(o -> {
                assertThat(o.breakerRatingA()).isEqualTo(16);
                assertThat(o.deratedA()).isEqualTo(12.8);
                assertThat(o.beforeA()).as("fine while both sides run").isLessThan(12.8);
                assertThat(o.afterA()).isGreaterThan(12.8);
            });
            long singleCorded = all.stream().filter(p -> p.element().kind() == ElementKind.FEED)
                    .mapToInt(SinglePoint::devicesLosingPower).sum();
            assertThat(singleCorded).as("the three single-corded switches, each on its A feed").isEqualTo(3);
            // The PDUs meter the outlets the chain plugs supplies into: one PDU's outlets, read by the same sweep,
            // add up to no more than its power (devices outside the chain draw the rest), its phases to all of it.
            long pdu = db.read(s -> s.createQuery("select f.pduTargetId from PowerFeed f where f.pduTargetId is not"
                    + " null order by f.id", Long.class).setMaxResults(1).getSingleResult());
            java.util.Map<String, io.dcim.power.reading.LatestReading> read = power.readings().latestOfTarget(pdu, "pdu.");
            double outlets = sum(read, Metrics.PDU_OUTLET_POWER_W + "[");
            double phases = sum(read, Metrics.PDU_PHASE_POWER_W + "[");
            double total = read.get(Metrics.PDU_POWER_W).value();
            assertThat(outlets).as("outlets metered").isPositive();
            assertThat(outlets).isLessThanOrEqualTo(total * 1.03); // the noise moves every 10 s within a sweep
            assertThat(phases).isCloseTo(total, org.assertj.core.data.Percentage.withPercentage(3));
            SinglePoint upsA = all.get(0);
            FailoverResult hall = chain.failover(VIEWER, siteId, ElementKind.SOURCE, upsA.element().id());
            assertThat(hall.lostPower()).extracting(FailoverResult.LostDevice::reason)
                    .containsOnly(LossReason.SINGLE_CORDED);
        }
    }

    /** The newest readings of one per-row metric (keys starting with the prefix), added up. */
    private static double sum(java.util.Map<String, io.dcim.power.reading.LatestReading> read, String prefix) {
        return read.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToDouble(e -> e.getValue().value()).sum();
    }
}
