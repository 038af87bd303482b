package io.dcim.web.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.config.AppConfig;
import io.dcim.app.config.CollectorSettings;
import io.dcim.common.access.Caller;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetSpec;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.remote.BatchCodec;
import io.dcim.power.remote.CentralLink;
import io.dcim.power.remote.CollectorAgent;
import io.dcim.power.remote.CollectorSpec;
import io.dcim.power.remote.CollectorTarget;
import io.dcim.power.remote.CollectorView;
import io.dcim.power.remote.CreatedCollector;
import io.dcim.power.remote.Heartbeat;
import io.dcim.power.remote.PushAnswer;
import io.dcim.power.remote.ReadingBatch;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.power.snmp.simulator.MetricSignal;
import io.dcim.power.snmp.simulator.ProfileDevices;
import io.dcim.power.snmp.simulator.SnmpSimulator;
import io.dcim.testing.InventoryFixture;
import io.dcim.web.DcimServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The central (H2, in process, its real HTTP server) and a collector in collector mode reaching it through a link
 * the test cuts: the collector polls the SNMP simulator all along, buffers on disk while the link is down, and when
 * it is back every reading arrives once, batches in order, and a replayed batch adds nothing.
 */
class RemoteCollectorIT {

    private static final Caller IT = Caller.system("remote-collector-it");
    private static final Duration CUT = Duration.ofSeconds(25);

    @Test
    void whileTheLinkIsCutTheCollectorBuffersAndWhenItIsBackEveryReadingArrivesOnceInOrder(@TempDir Path central,
            @TempDir Path site) throws Exception {
        AppConfig config = AppConfig.from(Map.of("DCIM_DATA_DIR", central.toString(), "DCIM_PORT", "0",
                "DCIM_DEMO", "off", "DCIM_SNMP_SIMULATOR", "off", "DCIM_ADMIN_PASSWORD", "an admin password"));
        try (DcimServer server = DcimServer.start(config);
             SnmpSimulator agents = SnmpSimulator.start(List.of(
                     ProfileDevices.device("pdu-r1", ProfileCatalog.builtIn().get("apc-rpdu2"), 3, MetricSignal.typical(1)),
                     ProfileDevices.device("pdu-r2", ProfileCatalog.builtIn().get("apc-rpdu2"), 3, MetricSignal.typical(2))),
                     List.of());
             CuttableProxy link = new CuttableProxy(server.port())) {
            InventoryFixture inventory = new InventoryFixture(server.database());
            long cabinet = inventory.cabinet("A01").getId();
            List<Long> targets = new ArrayList<>();
            for (String pdu : List.of("pdu-r1", "pdu-r2")) {
                TargetView t = server.power().targets().create(TargetSpec.pdu(pdu, "127.0.0.1", SnmpVersion.V2C,
                                TargetCredentials.community(pdu), "apc-rpdu2", inventory.site.getId(), cabinet, Feed.A)
                        .withEndpoint(agents.address().getAddress().getHostAddress(), agents.address().getPort())
                        .withPolling("apc-rpdu2", 5, 1_500, 0, true));
                targets.add(t.id());
            }
            CreatedCollector made = server.power().collectorFacade().create(IT,
                    new CollectorSpec("Remote hall", inventory.site.getId(), true, List.of()));
            assertThat(server.power().targets().enabledPolls()).as("the central polls none of the site's targets").isEmpty();

            CollectorSettings settings = CollectorSettings.from(Map.of("DCIM_CENTRAL_URL", "http://127.0.0.1:" + link.port(),
                    "DCIM_COLLECTOR_TOKEN", made.token(), "DCIM_DATA_DIR", site.toString()));
            Recording recording = new Recording(new HttpCentralLink(settings.centralUrl(), settings.token()));
            CollectorAgent.Settings fast = new CollectorAgent.Settings(Duration.ofSeconds(1), Duration.ofSeconds(2),
                    Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(1));
            long id = made.collector().id();
            try (CollectorMode collector = CollectorMode.start(settings, recording, fast)) {
                await(Duration.ofSeconds(60), () -> view(server, id).batchesReceived() >= 2, "the first batches arrive");

                link.cut();
                long receivedAtCut = view(server, id).batchesReceived();
                Thread.sleep(CUT.toMillis());
                long buffered = collector.agent().bufferState().batches();
                CollectorView duringOutage = view(server, id);

                link.restore();
                await(Duration.ofSeconds(90), () -> collector.agent().bufferState().batches() == 0
                        && view(server, id).batchesReceived() > receivedAtCut + buffered - 1, "the buffer drains");
                collector.close();

                assertThat(buffered).as("several sweeps buffered while the link was cut").isGreaterThanOrEqualTo(4);
                assertThat(duringOutage.batchesReceived()).as("nothing got through the cut link")
                        .isLessThanOrEqualTo(receivedAtCut + 1);
                assertThat(duringOutage.bufferBatches()).as("the console sees the buffer it last heard of").isGreaterThanOrEqualTo(0);

                List<Long> stored = recording.storedSequences();
                assertThat(stored).as("batches stored in the order they were swept, none missing")
                        .isEqualTo(java.util.stream.LongStream.rangeClosed(1, stored.size()).boxed().toList());
                Set<String> sent = recording.distinctReadings();
                long inDatabase = rawReadings(server, targets);
                CollectorView after = view(server, id);
                assertThat(inDatabase).as("every reading polled arrived exactly once").isEqualTo(sent.size());
                assertThat(after.readingsReceived()).isEqualTo(sent.size());
                assertThat(after.lastSequence()).isEqualTo(stored.size());
                assertThat(after.droppedBatches()).isZero();
                assertThat(after.lag()).as("lag: now minus the newest reading pushed").isNotNull()
                        .isLessThan(Duration.ofSeconds(60));

                PushAnswer replay = recording.delegate.push(recording.firstBatch());
                assertThat(replay.duplicate()).as("a batch sent again (its answer lost) adds nothing").isTrue();
                assertThat(rawReadings(server, targets)).isEqualTo(inDatabase);
            }
        }
    }

    private static CollectorView view(DcimServer server, long id) {
        return server.power().collectorFacade().find(IT, id);
    }

    private static long rawReadings(DcimServer server, List<Long> targets) {
        return server.database().read(session -> ((Number) session.createNativeQuery(
                        "select count(*) from reading_raw where target_id in (:t)", Object.class)
                .setParameterList("t", targets).getSingleResult()).longValue());
    }

    private static void await(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for: " + what);
            }
            Thread.sleep(200);
        }
    }

    /** The HTTP link, remembering each batch the central stored (not the replays) in the order it answered. */
    private static final class Recording implements CentralLink {
        final HttpCentralLink delegate;
        final List<byte[]> storedBatches = new CopyOnWriteArrayList<>();
        final List<Long> storedSequences = new CopyOnWriteArrayList<>();

        Recording(HttpCentralLink delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<CollectorTarget> targets() throws LinkDown, Refused {
            return delegate.targets();
        }

        @Override
        public PushAnswer push(byte[] batch) throws LinkDown, Refused {
            PushAnswer answer = delegate.push(batch);
            if (!answer.duplicate()) {
                storedBatches.add(batch);
                storedSequences.add(answer.sequence());
            }
            return answer;
        }

        @Override
        public void heartbeat(Heartbeat beat) throws LinkDown, Refused {
            delegate.heartbeat(beat);
        }

        List<Long> storedSequences() {
            return List.copyOf(storedSequences);
        }

        byte[] firstBatch() {
            return storedBatches.get(0);
        }

        Set<String> distinctReadings() {
            Set<String> keys = new HashSet<>();
            for (byte[] b : storedBatches) {
                ReadingBatch batch = BatchCodec.batch(b);
                for (ReadingBatch.Poll p : batch.polls()) {
                    for (ReadingBatch.Value v : p.readings()) {
                        keys.add(p.targetId() + "|" + v.metric() + "|" + v.instance() + "|" + p.polledAt());
                    }
                }
            }
            return keys;
        }
    }
}
