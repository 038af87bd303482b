package io.dcim.power.redfish;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.power.collect.CollectRequest;
import io.dcim.power.collect.Collected;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.collect.Reading;
import io.dcim.power.profile.Metrics;
import io.dcim.power.redfish.simulator.RedfishSimulator;
import io.dcim.power.redfish.simulator.ServerSignal;
import io.dcim.power.redfish.simulator.VirtualServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Redfish collector against the built-in simulator over real HTTP and HTTPS on loopback. */
class RedfishCollectorIT {

    private static final String USER = "ops";
    private static final String PASSWORD = "bmc-password-1";
    /** 10,200 W, 8 cards drawing half of it: 637.5 W each, which the BMC rounds to 638. */
    private static final ServerSignal H100_SERVER = ServerSignal.steady(10_200, 8, 0.5);

    private final RedfishCollector collector = new RedfishCollector(RedfishConfig.defaults().withMaxInFlight(4));
    private RedfishSimulator simulator;

    @AfterEach
    void stop() {
        collector.close();
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void aServerWithTheDeprecatedPowerResourceReportsItsDrawAndEachGpusOverASession() throws Exception {
        simulator = simulator(false, false);

        Collected polled = poll(plan("srv-1", false, false), RedfishCredentials.of(USER, PASSWORD), 2_000);

        assertThat(polled.outcome()).as(polled.detail()).isEqualTo(PollOutcome.OK);
        assertThat(polled.detail()).isNull();
        Map<String, Long> watts = watts(polled.readings());
        assertThat(watts).hasSize(9).containsEntry(Metrics.SERVER_POWER_W, 10_200L);
        for (int g = 0; g < 8; g++) {
            assertThat(watts).containsEntry(Metrics.GPU_POWER_W + "[SRV1-GPU" + g + "]", 638L);
        }
        assertThat(simulator.sessionsOpened()).isEqualTo(1);
    }

    @Test
    void aNewerServerIsReadFromEnvironmentMetricsAndTheSecondPollReusesSessionAndLayout() throws Exception {
        simulator = simulator(false, true);
        simulator.setExpandQuery(RedfishSimulator.ExpandQuery.NOT_SUPPORTED);
        Collected first = poll(plan("srv-1", false, false), RedfishCredentials.of(USER, PASSWORD), 2_000);
        long requestsAfterFirst = simulator.requests();

        Collected second = poll(plan("srv-1", false, false), RedfishCredentials.of(USER, PASSWORD), 2_000);

        assertThat(first.outcome()).isEqualTo(PollOutcome.OK);
        // Login, service root, chassis, processor collection, its 10 members; then the 9 reads.
        assertThat(requestsAfterFirst).isEqualTo(14 + 9);
        assertThat(second.outcome()).isEqualTo(PollOutcome.OK);
        assertThat(watts(second.readings())).containsEntry(Metrics.SERVER_POWER_W, 10_200L).hasSize(9);
        // One request for the server and one per GPU: no login, no discovery.
        assertThat(simulator.requests() - requestsAfterFirst).isEqualTo(9);
        assertThat(simulator.sessionsOpened()).isEqualTo(1);
    }

    @ParameterizedTest(name = "chassis EnvironmentMetrics: {0}")
    @ValueSource(booleans = {false, true})
    void aBmcAdvertisingExpandIsReadInTwoRequestsAPollWithTheSameFigures(boolean environmentMetrics)
            throws Exception {
        simulator = simulator(false, environmentMetrics);
        Collected first = poll(plan("srv-1", false, false), RedfishCredentials.of(USER, PASSWORD), 2_000);
        long requestsAfterFirst = simulator.requests();

        Collected second = poll(plan("srv-1", false, false), RedfishCredentials.of(USER, PASSWORD), 2_000);

        // Login, service root, chassis, the processors expanded one level; then the server and the GPUs expanded.
        assertThat(requestsAfterFirst).isEqualTo(4 + 2);
        assertThat(simulator.requests() - requestsAfterFirst).isEqualTo(2);
        for (Collected polled : List.of(first, second)) {
            assertThat(polled.outcome()).as(polled.detail()).isEqualTo(PollOutcome.OK);
            Map<String, Long> watts = watts(polled.readings());
            assertThat(watts).hasSize(9).containsEntry(Metrics.SERVER_POWER_W, 10_200L);
            for (int g = 0; g < 8; g++) {
                assertThat(watts).containsEntry(Metrics.GPU_POWER_W + "[SRV1-GPU" + g + "]", 638L);
            }
        }
    }

    @Test
    void aBmcThatStopsExpandingIsReadOneResourceAtATimeWithoutLosingAPoll() throws Exception {
        simulator = simulator(false, true);
        Collected expanded = poll(plan("srv-1", false, false), RedfishCredentials.of(USER, PASSWORD), 2_000);
        assertThat(expanded.outcome()).as(expanded.detail()).isEqualTo(PollOutcome.OK);
        // A firmware update took the feature away: the root no longer advertises it, the query answers 501.
        simulator.setExpandQuery(RedfishSimulator.ExpandQuery.NOT_SUPPORTED);
        long before = simulator.requests();

        Collected refused = poll(plan("srv-1", false, false), RedfishCredentials.of(USER, PASSWORD), 2_000);
        long afterRefused = simulator.requests();
        Collected next = poll(plan("srv-1", false, false), RedfishCredentials.of(USER, PASSWORD), 2_000);

        assertThat(refused.outcome()).as(refused.detail()).isEqualTo(PollOutcome.OK);
        assertThat(watts(refused.readings())).hasSize(9).containsEntry(Metrics.GPU_POWER_W + "[SRV1-GPU7]", 638L);
        // The server's draw and the refused expanded request, then the 9 reads one resource each.
        assertThat(afterRefused - before).isEqualTo(2 + 9);
        assertThat(next.outcome()).isEqualTo(PollOutcome.OK);
        assertThat(simulator.requests() - afterRefused).isEqualTo(9);
    }

    @Test
    void aBmcAdvertisingExpandButRefusingItIsDiscoveredAndReadOneResourceAtATime() throws Exception {
        simulator = simulator(false, true);
        simulator.setExpandQuery(RedfishSimulator.ExpandQuery.ADVERTISED_BUT_REFUSED);

        Collected first = poll(plan("srv-1", false, false), RedfishCredentials.of(USER, PASSWORD), 2_000);
        long afterFirst = simulator.requests();
        Collected second = poll(plan("srv-1", false, false), RedfishCredentials.of(USER, PASSWORD), 2_000);

        assertThat(first.outcome()).as(first.detail()).isEqualTo(PollOutcome.OK);
        assertThat(watts(first.readings())).hasSize(9).containsEntry(Metrics.GPU_POWER_W + "[SRV1-GPU0]", 638L);
        // Login, service root, chassis, the refused expanded processors, then the collection and its 10 members.
        assertThat(afterFirst).isEqualTo(4 + 1 + 10 + 9);
        assertThat(second.outcome()).isEqualTo(PollOutcome.OK);
        assertThat(simulator.requests() - afterFirst).isEqualTo(9);
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailureThatNamesTheUserButNotThePassword() throws Exception {
        simulator = simulator(false, false);

        Collected polled = poll(plan("srv-1", false, false), RedfishCredentials.of(USER, "wrong-password"), 2_000);

        assertThat(polled.outcome()).isEqualTo(PollOutcome.AUTH_FAILURE);
        assertThat(polled.readings()).isEmpty();
        assertThat(polled.detail()).contains("'ops'").doesNotContain("wrong-password");
    }

    @Test
    void aBmcAnsweringLaterThanTheTimeoutIsATimeout() throws Exception {
        simulator = simulator(false, false);
        simulator.setLatency(Duration.ofMillis(800));

        Collected polled = poll(plan("srv-1", false, false), RedfishCredentials.of(USER, PASSWORD), 200);

        assertThat(polled.outcome()).isEqualTo(PollOutcome.TIMEOUT);
        assertThat(polled.latency()).isLessThan(Duration.ofMillis(800));
    }

    @Test
    void aSelfSignedCertificateIsRefusedUnlessTheEndpointTrustsIt() throws Exception {
        simulator = simulator(true, true);

        Collected verified = poll(plan("srv-1", true, false), RedfishCredentials.of(USER, PASSWORD), 2_000);
        Collected trusted = poll("2", plan("srv-1", true, true), RedfishCredentials.of(USER, PASSWORD), 2_000);

        assertThat(verified.outcome()).isEqualTo(PollOutcome.UNREACHABLE);
        assertThat(verified.detail()).contains("certificate is not trusted");
        assertThat(trusted.outcome()).isEqualTo(PollOutcome.OK);
        assertThat(watts(trusted.readings())).containsEntry(Metrics.SERVER_POWER_W, 10_200L);
    }

    @Test
    void aServerTheBmcDoesNotHaveIsNoSuchObject() throws Exception {
        simulator = simulator(false, false);

        Collected polled = poll(plan("srv-404", false, false), RedfishCredentials.of(USER, PASSWORD), 2_000);

        assertThat(polled.outcome()).isEqualTo(PollOutcome.NO_SUCH_OBJECT);
        assertThat(polled.detail()).contains("/redfish/v1/Chassis/srv-404");
    }

    private RedfishSimulator simulator(boolean tls, boolean environmentMetrics) {
        RedfishSimulator sim = RedfishSimulator.start(tls);
        sim.addAccount(USER, PASSWORD);
        List<String> serials = List.of("SRV1-GPU0", "SRV1-GPU1", "SRV1-GPU2", "SRV1-GPU3", "SRV1-GPU4", "SRV1-GPU5",
                "SRV1-GPU6", "SRV1-GPU7");
        sim.addServer(new VirtualServer("srv-1", serials, environmentMetrics, H100_SERVER));
        return sim;
    }

    private static RedfishReadPlan plan(String server, boolean tls, boolean trust) {
        return new RedfishReadPlan(server, server, tls, trust);
    }

    private Collected poll(RedfishReadPlan plan, RedfishCredentials credentials, int timeoutMs) throws Exception {
        return poll("1", plan, credentials, timeoutMs);
    }

    private Collected poll(String endpoint, RedfishReadPlan plan, RedfishCredentials credentials, int timeoutMs)
            throws Exception {
        return collector.collect(new CollectRequest(endpoint, simulator.address(), credentials,
                Duration.ofMillis(timeoutMs), 0, plan)).get(10, TimeUnit.SECONDS);
    }

    private static Map<String, Long> watts(List<Reading> readings) {
        Map<String, Long> byKey = new TreeMap<>();
        readings.forEach(r -> byKey.put(r.instance().isEmpty() ? r.metric() : r.metric() + "[" + r.instance() + "]",
                r.roundedLong()));
        return byKey;
    }
}
