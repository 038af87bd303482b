package io.dcim.power.snmp.simulator;

import io.dcim.power.Closeables;
import io.dcim.testing.MutableClock;

import io.dcim.power.profile.DeviceProfile;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.profile.ProfileMapper;
import io.dcim.power.collect.Reading;
import io.dcim.power.secret.Secret;
import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.Oid;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.snmp.PollResult;
import io.dcim.power.snmp.PollTarget;
import io.dcim.power.snmp.PollerConfig;
import io.dcim.power.snmp.PrivProtocol;
import io.dcim.power.snmp.RequestedOid;
import io.dcim.power.snmp.SnmpCredentials;
import io.dcim.power.snmp.SnmpPoller;
import io.dcim.power.snmp.SnmpValue;
import io.dcim.power.snmp.SweepResult;
import io.dcim.power.snmp.ValueKind;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorPollerIT {

    private static final ProfileCatalog CATALOG = ProfileCatalog.builtIn();
    private static final DeviceProfile APC = CATALOG.get("apc-rpdu2");
    private static final SimulatedUser OPS = new SimulatedUser("ops", AuthProtocol.SHA256, Secret.of("auth-pass-1234"),
            PrivProtocol.AES256, Secret.of("priv-pass-5678"));

    @AutoClose
    private final Closeables started = new Closeables();

    private SnmpSimulator simulator(List<VirtualDevice> devices) {
        return started.add(SnmpSimulator.start(devices, List.of(OPS)));
    }

    private SnmpPoller poller(PollerConfig config) {
        return started.add(new SnmpPoller(config));
    }

    /** One poll of the APC profile at {@code sim}, by a poller with the default settings. */
    private PollResult pollApc(SnmpSimulator sim, String name, SnmpCredentials credentials, Duration timeout,
                               int retries) throws Exception {
        return await(poller(PollerConfig.defaults()).poll(APC.pollTarget(name, sim.address(), credentials, timeout,
                retries)));
    }

    /** The simulator's user {@link #OPS}, with its passphrases, selecting the device {@code context}. */
    private static SnmpCredentials.Usm ops(String context) {
        return new SnmpCredentials.Usm(OPS.name(), OPS.auth(), OPS.authPassphrase(), OPS.priv(), OPS.privPassphrase(),
                context);
    }

    private static VirtualDevice apcPdu(String key) {
        return ProfileDevices.device(key, APC, 3, MetricSignal.typical(key.hashCode()));
    }

    /** The simulator is built with SNMP4J's identifiers; the poller answers with dcim's own. */
    private static Oid own(OID oid) {
        return Oid.of(oid.getValue());
    }

    private static PollResult await(java.util.concurrent.CompletableFuture<PollResult> f) throws Exception {
        return f.get(20, TimeUnit.SECONDS);
    }

    @Test
    void readsAProfileOverV2cAndMapsItToScaledReadings() throws Exception {
        SnmpSimulator sim = simulator(List.of(apcPdu("pdu-0001")));

        PollResult r = pollApc(sim, "pdu-0001", SnmpCredentials.v2c("pdu-0001"), Duration.ofSeconds(1), 1);

        assertThat(r.outcome()).as(r.detail()).isEqualTo(PollOutcome.OK);
        List<Reading> readings = ProfileMapper.map(APC, r.values());
        assertThat(readings).filteredOn(x -> x.metric().equals("pdu.phase.current.a")).hasSize(3)
                .allSatisfy(x -> assertThat(x.value().doubleValue()).isBetween(15.0, 25.0));
        assertThat(readings).filteredOn(x -> x.metric().equals("pdu.power.w")).as("the rows of a PDU chain, summed")
                .singleElement().satisfies(x -> {
                    assertThat(x.instance()).isEmpty();
                    assertThat(x.roundedLong()).isBetween(10_000L, 17_000L);
                });
        assertThat(r.latency()).isPositive();
    }

    @Test
    void readsOverV1WithGetNext() throws Exception {
        SnmpSimulator sim = simulator(List.of(apcPdu("pdu-v1")));

        PollResult r = pollApc(sim, "pdu-v1", SnmpCredentials.v1("pdu-v1"), Duration.ofSeconds(1), 1);

        assertThat(r.outcome()).as(r.detail()).isEqualTo(PollOutcome.OK);
        assertThat(r.values()).hasSize(8 * 3); // the APC profile's eight columns, three rows each
    }

    @Test
    void readsOverV3WithSha256AndAes256UsingTheContextToSelectTheDevice() throws Exception {
        SnmpSimulator sim = simulator(List.of(apcPdu("pdu-a"), apcPdu("pdu-b")));
        SnmpPoller poller = poller(PollerConfig.defaults());
        PollTarget t = new PollTarget("pdu-b", sim.address(), ops("pdu-b"), Duration.ofSeconds(1), 1,
                List.of(new RequestedOid(own(VirtualDevice.SYS_NAME), ValueKind.TEXT)), APC.reads().columns());

        PollResult r = await(poller.poll(t));

        assertThat(r.outcome()).as(r.detail()).isEqualTo(PollOutcome.OK);
        assertThat(r.values().get(own(VirtualDevice.SYS_NAME))).isEqualTo(SnmpValue.text("pdu-b"));
    }

    @Test
    void wrongV3PassphraseIsAnAuthFailure() throws Exception {
        SnmpSimulator sim = simulator(List.of(apcPdu("pdu-a")));
        var wrong = new SnmpCredentials.Usm("ops", AuthProtocol.SHA256, Secret.of("not-the-password"),
                PrivProtocol.AES256, Secret.of("priv-pass-5678"), "pdu-a");

        PollResult r = pollApc(sim, "pdu-a", wrong, Duration.ofMillis(500), 0);

        assertThat(r.outcome()).as(r.detail()).isEqualTo(PollOutcome.AUTH_FAILURE);
        assertThat(r.detail()).contains("wrong");
    }

    @Test
    void unknownV3UserIsAnAuthFailure() throws Exception {
        SnmpSimulator sim = simulator(List.of(apcPdu("pdu-a")));
        var stranger = new SnmpCredentials.Usm("stranger", AuthProtocol.SHA256, Secret.of("auth-pass-1234"),
                PrivProtocol.NONE, null, "pdu-a");

        PollResult r = pollApc(sim, "pdu-a", stranger, Duration.ofMillis(500), 0);

        assertThat(r.outcome()).as(r.detail()).isEqualTo(PollOutcome.AUTH_FAILURE);
    }

    @Test
    void silentAgentTimesOutWithoutHoldingUpOtherTargets() throws Exception {
        SnmpSimulator good = simulator(List.of(apcPdu("pdu-good")));
        SnmpSimulator silent = simulator(List.of(apcPdu("pdu-silent")));
        silent.setLossRate(1.0);
        SnmpPoller poller = poller(PollerConfig.defaults());

        SweepResult sweep = poller.sweep(List.of(
                APC.pollTarget("silent", silent.address(), SnmpCredentials.v2c("pdu-silent"), Duration.ofMillis(300), 1),
                APC.pollTarget("good", good.address(), SnmpCredentials.v2c("pdu-good"), Duration.ofMillis(300), 1)))
                .get(20, TimeUnit.SECONDS);

        assertThat(sweep.results().get(0).outcome()).isEqualTo(PollOutcome.TIMEOUT);
        assertThat(sweep.results().get(1).outcome()).isEqualTo(PollOutcome.OK);
        assertThat(sweep.results().get(1).values()).hasSize(8 * 3);
        assertThat(silent.stats().dropped()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void wrongCommunityLooksLikeATimeout() throws Exception {
        SnmpSimulator sim = simulator(List.of(apcPdu("pdu-0001")));

        PollResult r = pollApc(sim, "x", SnmpCredentials.v2c("public"), Duration.ofMillis(300), 0);

        assertThat(r.outcome()).isEqualTo(PollOutcome.TIMEOUT);
        assertThat(r.detail()).contains("community");
    }

    @Test
    void missingObjectsAreNoSuchObjectAndMixedAnswersArePartial() throws Exception {
        SnmpSimulator sim = simulator(List.of(apcPdu("pdu-0001")));
        SnmpPoller poller = poller(PollerConfig.defaults());
        RequestedOid missing = RequestedOid.number("1.3.6.1.2.1.33.1.2.4.0");
        RequestedOid present = new RequestedOid(own(VirtualDevice.SYS_OBJECT_ID), ValueKind.OBJECT_ID);

        PollResult none = await(poller.poll(new PollTarget("a", sim.address(), SnmpCredentials.v2c("pdu-0001"),
                Duration.ofMillis(500), 0, List.of(missing), List.of())));
        PollResult mixed = await(poller.poll(new PollTarget("b", sim.address(), SnmpCredentials.v2c("pdu-0001"),
                Duration.ofMillis(500), 0, List.of(missing, present), List.of())));
        PollResult v1 = await(poller.poll(new PollTarget("c", sim.address(), SnmpCredentials.v1("pdu-0001"),
                Duration.ofMillis(500), 0, List.of(missing, present), List.of())));

        assertThat(none.outcome()).isEqualTo(PollOutcome.NO_SUCH_OBJECT);
        assertThat(mixed.outcome()).isEqualTo(PollOutcome.PARTIAL);
        assertThat(mixed.problems()).containsEntry(missing.oid(), PollOutcome.NO_SUCH_OBJECT);
        assertThat(mixed.values()).containsKey(present.oid());
        assertThat(v1.outcome()).isEqualTo(PollOutcome.PARTIAL);
        assertThat(v1.values()).containsKey(present.oid());
    }

    @Test
    void valuesOfTheWrongSyntaxAreReportedNotReturned() throws Exception {
        OID power = new OID("1.3.6.1.4.1.318.1.1.26.4.3.1.5.1");
        VirtualDevice garbage = VirtualDevice.builder("pdu-bad", new OID("1.3.6.1.4.1.318.1.3.4.5"), "bad firmware")
                .constant(power, new OctetString("12.3 kW")).build();
        SnmpSimulator sim = simulator(List.of(garbage, apcPdu("pdu-ok")));
        SnmpPoller poller = poller(PollerConfig.defaults());

        SweepResult sweep = poller.sweep(List.of(
                new PollTarget("bad", sim.address(), SnmpCredentials.v2c("pdu-bad"), Duration.ofMillis(500), 0,
                        List.of(new RequestedOid(own(power), ValueKind.NUMBER)), List.of()),
                APC.pollTarget("ok", sim.address(), SnmpCredentials.v2c("pdu-ok"), Duration.ofMillis(500), 0)))
                .get(20, TimeUnit.SECONDS);

        assertThat(sweep.results().get(0).outcome()).isEqualTo(PollOutcome.WRONG_TYPE);
        assertThat(sweep.results().get(0).values()).isEmpty();
        assertThat(sweep.results().get(1).outcome()).isEqualTo(PollOutcome.OK);
    }

    @Test
    void walksATableLargerThanOneBulkResponseAndCapsHugeTables() throws Exception {
        OID column = new OID("1.3.6.1.4.1.318.1.1.26.9.4.3.1.7");
        VirtualDevice.Builder b = VirtualDevice.builder("pdu-big", new OID("1.3.6.1.4.1.318.1.3.4.5"), "many outlets");
        for (int i = 1; i <= 1000; i++) {
            b.constant(new OID(column).append(i), new Integer32(i));
        }
        b.constant(new OID("1.3.6.1.4.1.318.1.1.26.9.4.3.1.8.1"), new Integer32(-1)); // next column: must not be read
        SnmpSimulator sim = simulator(List.of(b.build()));
        SnmpPoller poller = poller(PollerConfig.defaults().withWalk(10, 200));
        PollTarget t = new PollTarget("big", sim.address(), SnmpCredentials.v2c("pdu-big"), Duration.ofSeconds(1), 0,
                List.of(), List.of(new RequestedOid(own(column), ValueKind.NUMBER)));

        PollResult capped = await(poller.poll(t));
        SnmpPoller roomy = poller(PollerConfig.defaults().withWalk(25, 5000));
        PollResult full = await(roomy.poll(t));

        assertThat(capped.values()).hasSize(200);
        assertThat(capped.outcome()).isEqualTo(PollOutcome.PARTIAL);
        assertThat(capped.detail()).contains("row cap");
        assertThat(full.outcome()).as(full.detail()).isEqualTo(PollOutcome.OK);
        assertThat(full.values()).hasSize(1000);
        assertThat(full.values().lastKey()).isEqualTo(own(column).append(1000));
    }

    @Test
    void agentStoppedMidSweepCostsOnlyItsOwnReadings() throws Exception {
        SnmpSimulator doomed = simulator(List.of(apcPdu("pdu-doomed")));
        SnmpSimulator healthy = simulator(List.of(apcPdu("pdu-1"), apcPdu("pdu-2")));
        doomed.setLatency(Duration.ofMillis(300));
        healthy.setLatency(Duration.ofMillis(50));
        SnmpPoller poller = poller(PollerConfig.defaults());

        var future = poller.sweep(List.of(
                APC.pollTarget("doomed", doomed.address(), SnmpCredentials.v2c("pdu-doomed"), Duration.ofMillis(500), 0),
                APC.pollTarget("one", healthy.address(), SnmpCredentials.v2c("pdu-1"), Duration.ofMillis(500), 0),
                APC.pollTarget("two", healthy.address(), SnmpCredentials.v2c("pdu-2"), Duration.ofMillis(500), 0)));
        Thread.sleep(100);
        doomed.close();
        SweepResult sweep = future.get(20, TimeUnit.SECONDS);

        assertThat(sweep.results().get(0).outcome()).isIn(PollOutcome.TIMEOUT, PollOutcome.PARTIAL);
        assertThat(sweep.results().subList(1, 3)).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(PollOutcome.OK);
            assertThat(r.values()).hasSize(8 * 3);
        });
    }

    @Test
    void keepsAtMostTheConfiguredRequestsInFlightPerAgent() throws Exception {
        List<VirtualDevice> devices = new ArrayList<>();
        List<PollTarget> targets = new ArrayList<>();
        SnmpSimulator sim = simulator(List.of());
        for (int i = 0; i < 20; i++) {
            String key = "pdu-" + i;
            sim.addDevice(apcPdu(key));
            PollTarget base = APC.pollTarget(key, sim.address(), SnmpCredentials.v2c(key), Duration.ofSeconds(2), 0);
            // many small scalar GETs per device, so the poller is tempted to send them all at once
            List<RequestedOid> scalars = new ArrayList<>();
            for (int row = 1; row <= 3; row++) {
                for (RequestedOid c : APC.reads().columns()) {
                    scalars.add(new RequestedOid(c.oid().append(row), ValueKind.NUMBER));
                }
            }
            targets.add(base.withReads(scalars, List.of()));
        }
        sim.setLatency(Duration.ofMillis(100));
        PollerConfig config = new PollerConfig(null, 1000, 2, 10, 512, 1, 2, Duration.ofSeconds(30),
                Duration.ofMinutes(5), null);
        SnmpPoller poller = poller(config);

        SweepResult sweep = poller.sweep(targets).get(30, TimeUnit.SECONDS);

        assertThat(sweep.countByOutcome()).containsOnlyKeys(PollOutcome.OK);
        assertThat(sim.stats().maxConcurrentPerDevice()).isEqualTo(2);
        // 24 one-OID GETs per device, 2 at a time, 100 ms each: about 1.2 s, and devices run in parallel
        assertThat(sweep.wallTime()).isBetween(Duration.ofMillis(850), Duration.ofSeconds(5));
    }

    @Test
    void failingTargetsAreRestedForGrowingIntervals() throws Exception {
        SnmpSimulator sim = simulator(List.of(apcPdu("pdu-0001")));
        sim.setLossRate(1.0);
        MutableClock clock = new MutableClock();
        SnmpPoller poller = poller(PollerConfig.defaults().withBackoff(2, Duration.ofSeconds(30), Duration.ofMinutes(2), clock));
        PollTarget t = APC.pollTarget("flaky", sim.address(), SnmpCredentials.v2c("pdu-0001"), Duration.ofMillis(100), 0);

        assertThat(await(poller.poll(t)).outcome()).isEqualTo(PollOutcome.TIMEOUT);
        assertThat(await(poller.poll(t)).outcome()).isEqualTo(PollOutcome.TIMEOUT);
        long before = sim.stats().received();
        PollResult rested = await(poller.poll(t));
        assertThat(rested.outcome()).isEqualTo(PollOutcome.BACKED_OFF);
        assertThat(sim.stats().received()).isEqualTo(before);

        clock.advance(Duration.ofSeconds(31));
        assertThat(await(poller.poll(t)).outcome()).isEqualTo(PollOutcome.TIMEOUT);
        clock.advance(Duration.ofSeconds(31)); // the third failure doubled the rest to 60 s
        assertThat(await(poller.poll(t)).outcome()).isEqualTo(PollOutcome.BACKED_OFF);

        sim.setLossRate(0);
        clock.advance(Duration.ofSeconds(30));
        assertThat(await(poller.poll(t)).outcome()).isEqualTo(PollOutcome.OK);
        assertThat(await(poller.poll(t)).outcome()).isEqualTo(PollOutcome.OK);
    }

    @Test
    void severalSimulatorsStartAndStopInOneJvm() throws Exception {
        SnmpPoller poller = poller(PollerConfig.defaults());
        for (int round = 0; round < 3; round++) {
            try (SnmpSimulator a = SnmpSimulator.start(List.of(apcPdu("a")), List.of(OPS));
                 SnmpSimulator b = SnmpSimulator.start(List.of(apcPdu("b")), List.of(OPS))) {
                assertThat(await(poller.poll(APC.pollTarget("a" + round, a.address(), SnmpCredentials.v2c("a"),
                        Duration.ofMillis(500), 1))).outcome()).isEqualTo(PollOutcome.OK);
                assertThat(await(poller.poll(APC.pollTarget("b" + round, b.address(), ops("b"),
                        Duration.ofMillis(500), 1))).outcome()).isEqualTo(PollOutcome.OK);
            }
        }
    }
}
