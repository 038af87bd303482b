package io.dcim.power.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.power.profile.Metrics;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.snmp.simulator.MetricSignal;
import io.dcim.power.snmp.simulator.ProfileDevices;
import io.dcim.power.snmp.simulator.SnmpSimulator;
import io.dcim.power.snmp.simulator.VirtualDevice;
import io.dcim.power.collect.Collected;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.snmp.TestPollers;
import io.dcim.power.snmp.SnmpCollector;
import io.dcim.power.snmp.SnmpPoller;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.power.endpoint.ScheduledPoll;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.endpoint.TargetsFixture;
import io.dcim.testing.BothDatabases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Stored targets polled from the simulator over UDP, their readings and statuses stored: the whole path. */
class PollAndStoreIT {

    private static final ProfileCatalog CATALOG = ProfileCatalog.builtIn();

    @BothDatabases
    void pollsStoredTargetsAndStoresWhatTheyReadAndHowThePollsWent(Database db, TargetsFixture f) throws Exception {
        List<VirtualDevice> devices = List.of(
                ProfileDevices.device("pdu-a", CATALOG.get("apc-rpdu2"), 3, MetricSignal.typical(1)),
                ProfileDevices.device("pdu-b", CATALOG.get("apc-rpdu2"), 3, MetricSignal.typical(2)));
        try (SnmpSimulator sim = SnmpSimulator.start(devices, List.of());
             SnmpPoller poller = new SnmpPoller(TestPollers.onLoopback())) {
            TargetView a = target(f, sim, "pdu-a", "pdu-a");
            TargetView b = target(f, sim, "pdu-b", "pdu-b");
            TargetView wrong = target(f, sim, "pdu-c", "no-such-community");
            ReadingStore readings = f.readings;
            PollStatusStore statuses = new PollStatusStore(db);

            List<ScheduledPoll> polls = f.targets.enabledPolls();
            SnmpCollector collector = new SnmpCollector(poller);
            List<Collected> results = new ArrayList<>();
            for (ScheduledPoll p : polls) {
                results.add(collector.collect(p.request()).get(30, TimeUnit.SECONDS));
            }
            List<TargetReading> read = new ArrayList<>();
            for (Collected r : results) {
                read.addAll(TargetReading.ofPoll(Long.parseLong(r.endpointId()), r.polledAt(), r.readings()));
            }
            readings.append(read);
            statuses.recordAll(results);

            // rPDU2DeviceStatusPower is a table column; the profile sums its rows into the device-level metric.
            Map<Long, LatestReading> power = readings.latest(List.of(a.id(), b.id(), wrong.id()), Metrics.PDU_POWER_W,
                    Instant.now().minusSeconds(60));
            assertThat(power).containsOnlyKeys(a.id(), b.id());
            assertThat(power.get(a.id()).value()).isPositive();
            assertThat(readings.latest(List.of(a.id()), "pdu.phase.current.a[3]", Instant.now().minusSeconds(60)))
                    .as("per-phase rows are stored under metric[row]").containsKey(a.id());
            Map<Long, PollStatus> byTarget = statuses.find(List.of(a.id(), b.id(), wrong.id()));
            assertThat(byTarget.get(a.id()).outcome()).isEqualTo(PollOutcome.OK);
            assertThat(byTarget.get(b.id()).lastOkAt()).isNotNull();
            assertThat(byTarget.get(wrong.id()).outcome()).isEqualTo(PollOutcome.TIMEOUT);
            assertThat(byTarget.get(wrong.id()).consecutiveFailures()).isEqualTo(1);
            assertThat(byTarget.get(wrong.id()).lastError()).isNotBlank().doesNotContain("no-such-community");
        }
    }

    /** The simulator tells devices apart by community; a wrong one is silently dropped (v2c), so it times out. */
    private static TargetView target(TargetsFixture f, SnmpSimulator sim, String name, String community) {
        return f.targets.create(f.pduSpec(name)
                .withEndpoint(sim.address().getAddress().getHostAddress(), sim.address().getPort())
                .withCredentials(SnmpVersion.V2C, TargetCredentials.community(community))
                .withPolling("apc-rpdu2", 5, 1_000, 0, true));
    }
}
