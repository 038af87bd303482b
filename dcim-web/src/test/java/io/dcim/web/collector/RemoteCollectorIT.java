package io.dcim.web.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        try (Site s = Site.start(central, site)) {
            try (CollectorMode collector = s.startCollector()) {
                await(Duration.ofSeconds(60), () -> s.view().batchesReceived() >= 2, "the first batches arrive");

                s.link.cut();
                long receivedAtCut = s.view().batchesReceived();
                Thread.sleep(CUT.toMillis());
                long buffered = collector.agent().bufferState().batches();
                CollectorView duringOutage = s.view();

                s.link.restore();
                s.awaitDrained(collector, receivedAtCut + buffered - 1);
                collector.close();

                assertThat(buffered).as("several sweeps buffered while the link was cut").isGreaterThanOrEqualTo(4);
                assertThat(duringOutage.batchesReceived()).as("nothing got through the cut link")
                        .isLessThanOrEqualTo(receivedAtCut + 1);
                assertThat(duringOutage.bufferBatches()).as("the console sees the buffer it last heard of").isGreaterThanOrEqualTo(0);
                s.assertEveryReadingArrivedOnceInOrder();
            }
        }
    }

    /**
     * A collector restarted while its link is down polls the targets of the list it sealed on disk (no community in
     * clear there), buffers, reports the link down on its own {@code /health}, and when the link is back every
     * reading arrives once.
     */
    @Test
    void aCollectorRestartedWhileTheLinkIsDownPollsItsSealedTargetListAndEveryReadingArrivesOnce(@TempDir Path central,
            @TempDir Path site) throws Exception {
        try (Site s = Site.start(central, site)) {
            long receivedAtCut;
            try (CollectorMode first = s.startCollector()) {
                await(Duration.ofSeconds(60), () -> s.view().batchesReceived() >= 2, "the first batches arrive");
                s.link.cut();
                receivedAtCut = s.view().batchesReceived();
            }
            Path sealed = s.settings.targetsFile();
            assertThat(sealed).as("the last target list kept beside the buffer").exists();
            String onDisk = new String(Files.readAllBytes(sealed), StandardCharsets.ISO_8859_1);
            assertThat(onDisk).as("no community (the PDUs' names here), profile or token in clear on disk")
                    .doesNotContain("pdu-r1", "pdu-r2", s.settings.token(), "apc-rpdu2");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sealed))).isEqualTo("rw-------");
            }

            try (CollectorMode restarted = s.startCollector()) {
                await(Duration.ofSeconds(60), () -> restarted.agent().bufferState().batches() >= 4,
                        "the restarted collector polls and buffers with the link down");
                assertThat(restarted.agent().targets()).as("the targets of the sealed list").isEqualTo(2);
                JsonNode health = health(restarted);
                assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
                assertThat(health.get("centralLink").asText()).isEqualTo("DOWN");
                assertThat(health.get("buffer").get("batches").asLong()).isGreaterThanOrEqualTo(4);
                assertThat(health.get("buffer").get("segments").asInt()).isPositive();
                assertThat(health.toString()).as("no secrets, no targets, no central address on /health")
                        .doesNotContain("community", "pdu-r", s.settings.token(), String.valueOf(s.link.port()));
                long buffered = restarted.agent().bufferState().batches();

                s.link.restore();
                s.awaitDrained(restarted, receivedAtCut + buffered - 1);
                JsonNode after = health(restarted);
                assertThat(after.get("status").asText()).isEqualTo("UP");
                assertThat(after.get("centralLink").asText()).isEqualTo("UP");
                assertThat(after.get("lastPushAt").isNull()).isFalse();
                assertThat(after.get("lagSeconds").asLong()).isLessThan(60);
                restarted.close();
                s.assertEveryReadingArrivedOnceInOrder();
            }
        }
    }

    private static JsonNode health(CollectorMode collector) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + collector.healthPort() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body());
    }

    /** The central on H2 with its HTTP server, two simulated PDUs of one site, a cuttable link and a collector's settings. */
    private record Site(DcimServer server, SnmpSimulator agents, CuttableProxy link, List<Long> targets, long collectorId,
                        CollectorSettings settings, Recording recording) implements AutoCloseable {

        static Site start(Path central, Path site) throws Exception {
            AppConfig config = AppConfig.from(Map.of("DCIM_DATA_DIR", central.toString(), "DCIM_PORT", "0",
                    "DCIM_DEMO", "off", "DCIM_SNMP_SIMULATOR", "off", "DCIM_ADMIN_PASSWORD", "an admin password"));
            DcimServer server = DcimServer.start(config);
            SnmpSimulator agents = null;
            CuttableProxy link = null;
            try {
                agents = SnmpSimulator.start(List.of(
                        ProfileDevices.device("pdu-r1", ProfileCatalog.builtIn().get("apc-rpdu2"), 3, MetricSignal.typical(1)),
                        ProfileDevices.device("pdu-r2", ProfileCatalog.builtIn().get("apc-rpdu2"), 3, MetricSignal.typical(2))),
                        List.of());
                link = new CuttableProxy(server.port());
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
                        "DCIM_COLLECTOR_TOKEN", made.token(), "DCIM_DATA_DIR", site.toString(),
                        "DCIM_COLLECTOR_HEALTH_PORT", "0"));
                return new Site(server, agents, link, targets, made.collector().id(), settings,
                        new Recording(new HttpCentralLink(settings.centralUrl(), settings.token())));
            } catch (Exception | AssertionError e) {
                closeAll(link, agents, server);
                throw e;
            }
        }

        CollectorMode startCollector() {
            CollectorAgent.Settings fast = new CollectorAgent.Settings(Duration.ofSeconds(1), Duration.ofSeconds(2),
                    Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(1));
            return CollectorMode.start(settings, recording, fast);
        }

        CollectorView view() {
            return server.power().collectorFacade().find(IT, collectorId);
        }

        void awaitDrained(CollectorMode collector, long received) throws InterruptedException {
            await(Duration.ofSeconds(90), () -> collector.agent().bufferState().batches() == 0
                    && view().batchesReceived() > received, "the buffer drains");
        }

        /** Every batch stored in sequence order, none missing; every reading in reading_raw once; a replay adds nothing. */
        void assertEveryReadingArrivedOnceInOrder() throws Exception {
            List<Long> stored = recording.storedSequences();
            assertThat(stored).as("batches stored in the order they were swept, none missing")
                    .isEqualTo(java.util.stream.LongStream.rangeClosed(1, stored.size()).boxed().toList());
            Set<String> sent = recording.distinctReadings();
            long inDatabase = rawReadings();
            CollectorView after = view();
            assertThat(inDatabase).as("every reading polled arrived exactly once").isEqualTo(sent.size());
            assertThat(after.readingsReceived()).isEqualTo(sent.size());
            assertThat(after.lastSequence()).isEqualTo(stored.size());
            assertThat(after.droppedBatches()).isZero();
            assertThat(after.lag()).as("lag: now minus the newest reading pushed").isNotNull()
                    .isLessThan(Duration.ofSeconds(60));

            PushAnswer replay = recording.delegate.push(recording.firstBatch());
            assertThat(replay.duplicate()).as("a batch sent again (its answer lost) adds nothing").isTrue();
            assertThat(rawReadings()).isEqualTo(inDatabase);
        }

        private long rawReadings() {
            return server.database().read(session -> ((Number) session.createNativeQuery(
                            "select count(*) from reading_raw where target_id in (:t)", Object.class)
                    .setParameterList("t", targets).getSingleResult()).longValue());
        }

        @Override
        public void close() throws Exception {
            closeAll(link, agents, server);
        }

        private static void closeAll(AutoCloseable... all) throws Exception {
            for (AutoCloseable c : all) {
                if (c != null) {
                    c.close();
                }
            }
        }
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

    /** The HTTP link, remembering each batch the central acknowledged, once, in the order it first answered. */
    private static final class Recording implements CentralLink {
        final HttpCentralLink delegate;
        /**
         * Each batch the central acknowledged, by sequence, in the order first acknowledged. A batch whose answer
         * the cut link lost is stored but unanswered; the collector sends it again and the central answers
         * "duplicate": that answer is its acknowledgement.
         */
        final Map<Long, byte[]> acknowledged = Collections.synchronizedMap(new LinkedHashMap<>());

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
            acknowledged.putIfAbsent(answer.sequence(), batch);
            return answer;
        }

        @Override
        public void heartbeat(Heartbeat beat) throws LinkDown, Refused {
            delegate.heartbeat(beat);
        }

        List<Long> storedSequences() {
            synchronized (acknowledged) {
                return List.copyOf(acknowledged.keySet());
            }
        }

        byte[] firstBatch() {
            return acknowledged.get(1L);
        }

        Set<String> distinctReadings() {
            Set<String> keys = new HashSet<>();
            List<byte[]> batches;
            synchronized (acknowledged) {
                batches = List.copyOf(acknowledged.values());
            }
            for (byte[] b : batches) {
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
