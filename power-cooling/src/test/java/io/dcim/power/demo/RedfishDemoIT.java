package io.dcim.power.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.power.PowerModule;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.endpoint.RedfishTargetSpec;
import io.dcim.power.endpoint.RedfishTargetView;
import io.dcim.power.profile.Metrics;
import io.dcim.power.redfish.RedfishConfig;
import io.dcim.power.reading.PollStatus;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.secret.Secret;
import io.dcim.power.server.ServerPower;
import io.dcim.testing.BothDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/**
 * The small demo's GPU servers read over Redfish by the ordinary sweep (plain HTTP: RedfishCollectorIT covers
 * HTTPS and trust) and stored like SNMP readings: every endpoint polled OK, a server's and its cards' watts on
 * record, consistent with what the demo's PDUs report for its cabinet; a wrong password stored as the endpoint's
 * authentication failure.
 */
class RedfishDemoIT {

    @BothDatabases
    void theDemosGpuServersReportTheirAndTheirCardsPowerThroughTheSweep(Database db) throws Exception {
        long siteId = SmallDemoSite.seed(db);
        // A few requests in flight: a loaded test machine must not turn BMCs into timeouts.
        PowerModule.Config config = PowerModule.Config.defaults(
                        CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key()))
                .withRedfish(RedfishConfig.defaults().withMaxInFlight(16));
        try (PowerModule power = PowerModule.start(db, Clock.systemUTC(), config);
             RedfishDemo bmcs = RedfishDemo.start(db, power.redfishTargets(),
                     new RedfishDemo.Options(false, Duration.ZERO))) {
            int servers = bmcs.simulator().servers();
            Map<Long, RedfishTargetView> endpoints = power.redfishTargets().bySiteDevice(siteId);

            sweepUntilEveryEndpointIsPolled(power, endpoints);

            assertThat(servers).as("the small demo's GPU servers").isGreaterThan(100);
            assertThat(endpoints).hasSize(servers);
            assertThat(bmcs.registered()).isEqualTo(servers);
            assertThat(endpoints.values()).allSatisfy(e -> assertThat(power.statuses().find(e.id())
                    .map(PollStatus::outcome)).as(e.name()).contains(PollOutcome.OK));

            RedfishTargetView first = endpoints.values().stream()
                    .min(Comparator.comparingLong(RedfishTargetView::id)).orElseThrow();
            ServerPower server = power.serverPower().of(first.deviceId());
            assertThat(server.server()).isNotNull();
            assertThat(server.gpus()).hasSize(8).allSatisfy(g -> {
                assertThat(g.gpuId()).isNotNull();
                assertThat(g.slot()).isNotNull();
                assertThat(g.watts()).isNotNull();
            });
            verifyConsistentWithThePdus(db, endpoints, first, server);

            // The wrong password: stored as the endpoint's authentication failure, with no reading.
            power.endpointFacade().updateRedfish(Caller.of("ops", Permission.POWER_CONFIGURE), first.id(),
                    first.version(), new RedfishTargetSpec(first.name(), first.host(), first.port(), first.tls(),
                            first.trustSelfSigned(), first.user(), Secret.of("not-the-password"), first.systemId(),
                            first.chassisId(), first.intervalSeconds(), first.timeoutMs(), first.retries(), true,
                            first.deviceId()));
            sweepUntil(power, () -> power.statuses().find(first.id()).map(PollStatus::outcome)
                    .filter(o -> o != PollOutcome.OK).isPresent());
            assertThat(power.statuses().find(first.id()).orElseThrow().outcome()).isEqualTo(PollOutcome.AUTH_FAILURE);
        }
    }

    /**
     * The servers of the first endpoint's cabinet report what the demo model gives them, and together they are
     * most, not more, of what the cabinet's PDUs report at the same instant (the rest: its switch and PDUs).
     */
    private static void verifyConsistentWithThePdus(Database db, Map<Long, RedfishTargetView> endpoints,
                                                    RedfishTargetView first, ServerPower server) {
        DemoInventory inventory = DemoInventory.load(db);
        DemoModel model = new DemoModel(inventory);
        Instant at = server.server().at();
        assertThat((double) server.server().watts()).isCloseTo(model.serverWatts(first.deviceId(), at),
                org.assertj.core.data.Percentage.withPercentage(5)); // read a little after the poll started
        // The cards carry 55 % of the server's draw, each rounded to a watt by the BMC. The server's draw and its
        // cards' are separate requests of one poll, and the model's draw moves every 10 s, so the cards are compared
        // with the draw of each 10-s step from the poll's start to 30 s after it (a loaded machine's slowest poll).
        assertThat(java.util.stream.Stream.iterate(at, t -> t.plusSeconds(10)).limit(4)
                .map(t -> Math.round(model.serverWatts(first.deviceId(), t) * DemoModel.GPU_SHARE)))
                .as("the cards' %d W against 55 %% of the server's draw during the poll", server.gpuWatts())
                .anySatisfy(expected -> assertThat(server.gpuWatts()).isBetween(expected - 8, expected + 8));
        double servers = endpoints.values().stream().filter(e -> e.cabinetId().equals(first.cabinetId()))
                .mapToDouble(e -> model.serverWatts(e.deviceId(), at)).sum();
        double pdus = inventory.devices().stream()
                .filter(d -> d.kind() == DeviceKind.PDU && first.cabinetId().equals(d.cabinetId()))
                .mapToDouble(d -> model.signal(d).value(Metrics.PDU_POWER_W, "", at)).sum();
        assertThat(servers).isLessThan(pdus).isGreaterThan(pdus / 2);
    }

    private static void sweepUntilEveryEndpointIsPolled(PowerModule power, Map<Long, RedfishTargetView> endpoints)
            throws InterruptedException {
        sweepUntil(power, () -> endpoints.values().stream()
                .allMatch(e -> power.statuses().find(e.id()).isPresent()));
    }

    /** Sweeps (each stores the polls finished since the last) until the condition holds, at most 3 minutes. */
    private static void sweepUntil(PowerModule power, java.util.function.BooleanSupplier done)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            power.services().sweepAndEvaluate(Instant.now());
            Thread.sleep(200);
        }
    }
}
