package io.dcim.power.polling;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.power.Closeables;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.endpoint.TargetsFixture;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.PollStatusStore;
import io.dcim.power.snmp.TestPollers;
import io.dcim.power.snmp.SnmpPoller;
import io.dcim.power.snmp.simulator.SnmpSimulator;
import io.dcim.power.snmp.simulator.VirtualDevice;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AutoClose;

/**
 * Two nodes (each its own poller, socket and node id, in this JVM) polling the targets of one database through
 * leases, over real UDP against the simulator, on H2 and PostgreSQL. Time is a shared test clock stepped a
 * sweep period at a time, so the hand-over's timing is exact and the test takes seconds.
 */
class PollLeasesIT {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private static final Duration PERIOD = Duration.ofSeconds(1);
    private static final Duration LEASE = PERIOD.multipliedBy(2);
    private static final int INTERVAL_S = 5;
    private static final Duration INTERVAL = Duration.ofSeconds(INTERVAL_S);

    @AutoClose
    private final Closeables started = new Closeables();
    private final MutableClock clock = new MutableClock(T0);

    @BothDatabases
    void twoNodesSplitTheTargetsAndWhenOneDiesTheOtherHoldsThemAllWithinTwoIntervalsWithNoReadingTwiceNorAGap(Database db,
            TargetsFixture f) {
        List<TargetView> targets = targets(f, 6);
        Node a = node(db, f, "node-a");
        Node b = node(db, f, "node-b");

        sweepFor(Duration.ofSeconds(10), a, b);
        assertThat(leasesByNode(a)).as("each node holds its fair share, ceil(6 / 2)")
                .isEqualTo(Map.of("node-a", 3, "node-b", 3));

        Instant lastSweepOfA = clock.instant().minus(PERIOD);
        Instant allOnB = null;
        while (clock.instant().isBefore(lastSweepOfA.plus(INTERVAL.multipliedBy(4)))) {
            b.polling.sweep(clock.instant());
            if (allOnB == null && leasesByNode(b).equals(Map.of("node-b", 6))) {
                allOnB = clock.instant();
            }
            clock.advance(PERIOD);
        }

        assertThat(allOnB).as("node-b holds every target once node-a has been silent for a lease's length").isNotNull();
        Duration handOver = Duration.between(lastSweepOfA, allOnB);
        assertThat(handOver).as("taken over within two poll intervals").isLessThanOrEqualTo(INTERVAL.multipliedBy(2))
                .isGreaterThan(LEASE);
        for (TargetView t : targets) {
            List<Instant> times = readingTimes(db, t.id());
            assertThat(times).as("target %s polled all along", t.name()).hasSizeGreaterThanOrEqualTo(6);
            for (int i = 1; i < times.size(); i++) {
                Duration gap = Duration.between(times.get(i - 1), times.get(i));
                assertThat(gap).as("target %s between %s and %s: never polled twice in an interval, no gap over two",
                        t.name(), times.get(i - 1), times.get(i))
                        .isBetween(INTERVAL, INTERVAL.multipliedBy(2));
            }
        }
    }

    @BothDatabases
    void aNodeStoppedCleanlyHandsItsTargetsToTheOtherAtItsNextSweep(Database db, TargetsFixture f) {
        targets(f, 4);
        Node a = node(db, f, "node-a");
        Node b = node(db, f, "node-b");
        sweepFor(Duration.ofSeconds(3), a, b);
        assertThat(leasesByNode(a)).isEqualTo(Map.of("node-a", 2, "node-b", 2));

        a.polling.leave();
        b.polling.sweep(clock.instant());

        assertThat(leasesByNode(b)).as("node-a's leases given back and its heartbeat gone").isEqualTo(Map.of("node-b", 4));
    }

    @BothDatabases
    void aDeadAgentKeepsRestingOnTheNodeThatTakesItOver(Database db, TargetsFixture f) {
        SnmpSimulator silent = simulator(List.of(PollingServiceIT.pdu("pdu-silent")));
        silent.setLossRate(1.0);
        PollingServiceIT.target(f, silent, "pdu-silent", INTERVAL_S);
        Node a = node(db, f, "node-a");
        sweepFor(INTERVAL.multipliedBy(2), a);
        long sentByA = silent.stats().received();
        assertThat(sentByA).as("node-a polled the silent agent until it rests").isPositive();

        Node b = node(db, f, "node-b");
        SweepReport taken = null;
        for (int i = 0; i < 2 * INTERVAL_S && taken == null; i++) {
            SweepReport report = b.polling.sweep(clock.instant());
            if (report.due() > 0) {
                taken = report;
            }
            clock.advance(PERIOD);
        }

        assertThat(taken).as("node-b took the target over").isNotNull();
        assertThat(taken.outcomes()).as("resting as node-a left it").isEqualTo(Map.of(PollOutcome.BACKED_OFF, 1L));
        assertThat(silent.stats().received()).as("nothing sent to the resting agent").isEqualTo(sentByA);
    }

    private void sweepFor(Duration span, Node... nodes) {
        Instant end = clock.instant().plus(span);
        while (clock.instant().isBefore(end)) {
            for (Node n : nodes) {
                n.polling.sweep(clock.instant());
            }
            clock.advance(PERIOD);
        }
    }

    private Map<String, Integer> leasesByNode(Node any) {
        Map<String, Integer> byNode = new TreeMap<>();
        any.leases.liveNodes(clock.instant()).forEach(n -> byNode.put(n.nodeId(), n.leases()));
        return byNode;
    }

    private record Node(PollingService polling, PollLeases leases) {
    }

    private Node node(Database db, TargetsFixture f, String id) {
        SnmpPoller poller = started.add(new SnmpPoller(TestPollers.onLoopback()
                .withBackoff(2, Duration.ofMinutes(1), Duration.ofMinutes(15), clock)));
        PollLeases leases = new PollLeases(db, id, LEASE, clock);
        PollingService polling = SnmpSweeps.polling(f, poller, new PollStatusStore(db),
                new PollingSettings(Duration.ZERO, Duration.ofSeconds(5)), leases);
        return new Node(polling, leases);
    }

    private List<TargetView> targets(TargetsFixture f, int count) {
        List<VirtualDevice> devices = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            devices.add(PollingServiceIT.pdu("pdu-" + i));
        }
        SnmpSimulator sim = simulator(devices);
        List<TargetView> targets = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            targets.add(PollingServiceIT.target(f, sim, "pdu-" + i, INTERVAL_S));
        }
        return targets;
    }

    private SnmpSimulator simulator(List<VirtualDevice> devices) {
        return started.add(SnmpSimulator.start(devices, List.of()));
    }

    /** Every stored reading of the target's power, in time order, duplicates included if there were any. */
    private static List<Instant> readingTimes(Database db, long target) {
        return db.inTransaction(session -> session.doReturningWork(c -> {
            List<Instant> times = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "select at from reading_raw where target_id = ? and metric = ? order by at")) {
                q.setLong(1, target);
                q.setString(2, Metrics.PDU_POWER_W);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        times.add(rs.getObject(1, OffsetDateTime.class).toInstant());
                    }
                }
            }
            return times;
        }));
    }
}
