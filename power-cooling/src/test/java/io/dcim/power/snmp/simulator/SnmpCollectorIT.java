package io.dcim.power.snmp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.power.collect.CollectRequest;
import io.dcim.power.collect.Collected;
import io.dcim.power.collect.Collectors;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.collect.Protocol;
import io.dcim.power.collect.Reading;
import io.dcim.power.profile.DeviceProfile;
import io.dcim.power.profile.Metrics;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.snmp.TestPollers;
import io.dcim.power.snmp.SnmpCollector;
import io.dcim.power.snmp.SnmpCredentials;
import io.dcim.power.snmp.SnmpPoller;
import io.dcim.power.snmp.SnmpReadPlan;
import io.dcim.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SNMP collector against the built-in simulator: what the sweep gets is readings and an outcome. */
class SnmpCollectorIT {

    private static final DeviceProfile APC = ProfileCatalog.builtIn().get("apc-rpdu2");

    private final SnmpSimulator sim = SnmpSimulator.start(
            List.of(ProfileDevices.device("pdu-a", APC, 3, MetricSignal.typical(7))), List.of());
    private final MutableClock clock = new MutableClock();
    private final SnmpCollector collector = new SnmpCollector(new SnmpPoller(TestPollers.onLoopback()
            .withBackoff(2, Duration.ofMinutes(1), Duration.ofMinutes(5), clock)));

    @AfterEach
    void close() {
        collector.close();
        sim.close();
    }

    @Test
    void answersTheProfilesReadingsForAnEndpoint() throws Exception {
        Collected c = collect(request("7", "pdu-a", APC.readPlan(), 1));

        assertThat(c.outcome()).as(c.detail()).isEqualTo(PollOutcome.OK);
        assertThat(c.endpointId()).isEqualTo("7");
        assertThat(c.mappingError()).isNull();
        assertThat(c.readings()).filteredOn(r -> r.metric().equals(Metrics.PDU_POWER_W) && r.instance().isEmpty())
                .singleElement().satisfies(r -> assertThat(r.value()).isPositive());
        assertThat(c.readings()).extracting(Reading::metric).contains("pdu.phase.current.a");
    }

    @Test
    void aProfileThatCannotMapWhatWasReadLosesTheReadingsNotTheOutcome() throws Exception {
        SnmpReadPlan fits = APC.readPlan();
        SnmpReadPlan misfit = new SnmpReadPlan(fits.scalars(), fits.columns(), values -> {
            throw new IllegalStateException("row index 1.2 has no inlet");
        });

        Collected c = collect(request("8", "pdu-a", misfit, 1));

        assertThat(c.outcome()).isEqualTo(PollOutcome.OK);
        assertThat(c.readings()).isEmpty();
        assertThat(c.mappingError()).isEqualTo("row index 1.2 has no inlet");
    }

    @Test
    void aRequestBeyondSnmpsLimitsFailsAsAnOutcomeInsteadOfThrowing() throws Exception {
        Collected c = collect(request("9", "pdu-a", APC.readPlan(), 9));

        assertThat(c.outcome()).isEqualTo(PollOutcome.UNREACHABLE);
        assertThat(c.detail()).startsWith("not sent: ").contains("retries");
    }

    @Test
    void forgettingAnEndpointSendsItsNextPollDespiteItsBackOff() throws Exception {
        CollectRequest wrongCommunity = request("10", "no-such-device", APC.readPlan(), 0);
        assertThat(collect(wrongCommunity).outcome()).isEqualTo(PollOutcome.TIMEOUT);
        assertThat(collect(wrongCommunity).outcome()).isEqualTo(PollOutcome.TIMEOUT);
        assertThat(collect(wrongCommunity).outcome()).isEqualTo(PollOutcome.BACKED_OFF);

        Collectors.of(collector).forget(wrongCommunity);

        assertThat(collect(request("10", "pdu-a", APC.readPlan(), 0)).outcome()).isEqualTo(PollOutcome.OK);
    }

    @Test
    void isTheCollectorOfSnmpEndpoints() {
        assertThat(Collectors.of(collector).of(Protocol.SNMP)).isSameAs(collector);
        assertThat(SnmpCredentials.v2c("public").protocol()).isEqualTo(Protocol.SNMP);
    }

    private CollectRequest request(String id, String community, SnmpReadPlan plan, int retries) {
        return new CollectRequest(id, sim.address(), SnmpCredentials.v2c(community), Duration.ofMillis(300), retries,
                plan);
    }

    private Collected collect(CollectRequest r) throws Exception {
        return collector.collect(r).get(20, TimeUnit.SECONDS);
    }
}
