package io.dcim.power.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.power.PowerModule;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.endpoint.RedfishTargetView;
import io.dcim.power.load.CabinetLoad;
import io.dcim.power.polling.SweepReport;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.secret.Secret;
import io.dcim.power.server.ServerPower;
import io.dcim.power.snmp.PollerConfig;
import io.dcim.testing.BothDatabases;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The small demo's GPU servers read over Redfish (plain HTTP: RedfishCollectorIT covers HTTPS and trust) by the
 * ordinary sweep, stored like SNMP readings: per-server and per-GPU watts consistent
 * with the cabinets' PDUs, and a wrong password stored as the endpoint's authentication failure.
 */
class RedfishDemoIT {

    @BothDatabases
    void theDemosGpuServersReportTheirAndTheirCardsPowerThroughTheSweep(Database db) {
        new DemoSiteLoader(db, new CatalogService(db)).seedIfEmpty(DemoScale.SMALL);
        PowerModule.Config config = PowerModule.Config.defaults(
                        CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key()))
                .withPoller(PollerConfig.defaults().withBindAddress(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        try (PowerModule power = PowerModule.start(db, Clock.systemUTC(), config);
             PowerDemo pdus = PowerDemo.start(db, power.targets(), ProfileCatalog.builtIn(),
                     DemoOptions.DEFAULT.withoutHistory());
             RedfishDemo bmcs = RedfishDemo.start(db, power.redfishTargets(),
                     new RedfishDemo.Options(false, java.time.Duration.ZERO))) {
            int servers = bmcs.simulator().servers();
            SweepReport sweep = power.services().sweepAndEvaluate(Instant.now());

            assertThat(servers).as("the small demo's GPU servers").isGreaterThan(100);
            assertThat(bmcs.registered()).isEqualTo(servers);
            assertThat(sweep.outcomes()).isEqualTo(Map.of(PollOutcome.OK, 414L + servers));

            // A GPU cabinet: its servers' own figures are a plausible part of what its PDUs measure.
            long siteId = db.read(s -> s.createQuery("select s.id from Site s", Long.class).getSingleResult());
            Map<Long, RedfishTargetView> endpoints = power.redfishTargets().bySiteDevice(siteId);
            RedfishTargetView first = endpoints.values().stream().filter(RedfishTargetView::enabled)
                    .min(java.util.Comparator.comparingLong(RedfishTargetView::id)).orElseThrow();
            ServerPower server = power.serverPower().of(first.deviceId());
            assertThat(server.lastOutcome()).isEqualTo(PollOutcome.OK);
            assertThat(server.server()).isNotNull();
            assertThat(server.gpus()).hasSize(8).allSatisfy(g -> {
                assertThat(g.gpuId()).isNotNull();
                assertThat(g.slot()).isNotNull();
            });
            long serverW = server.server().watts();
            // 55 % of the server's draw over its cards, each rounded to a watt by the BMC.
            assertThat(server.gpuWatts()).isBetween(Math.round(serverW * 0.55) - 8, Math.round(serverW * 0.55) + 8);
            long serversInCabinet = endpoints.values().stream()
                    .filter(e -> e.cabinetId().equals(first.cabinetId()))
                    .mapToLong(e -> power.serverPower().of(e.deviceId()).server().watts()).sum();
            CabinetLoad cabinet = power.loads().cabinet(first.cabinetId());
            assertThat(serversInCabinet).as("the servers draw most, not more, of what the cabinet's PDUs measure")
                    .isLessThan(cabinet.measuredW()).isGreaterThan(cabinet.measuredW() / 2);

            // The wrong password: stored as the endpoint's authentication failure, with no reading.
            power.endpointFacade().updateRedfish(Caller.of("ops", Permission.POWER_CONFIGURE), first.id(), first.version(),
                    new io.dcim.power.endpoint.RedfishTargetSpec(first.name(), first.host(), first.port(), first.tls(),
                            first.trustSelfSigned(), first.user(), Secret.of("not-the-password"), first.systemId(),
                            first.chassisId(), first.intervalSeconds(), first.timeoutMs(), first.retries(), true,
                            first.deviceId()));
            SweepReport again = power.services().sweepAndEvaluate(Instant.now());
            assertThat(again.outcomes()).containsEntry(PollOutcome.AUTH_FAILURE, 1L);
            assertThat(power.statuses().find(first.id()).orElseThrow().outcome()).isEqualTo(PollOutcome.AUTH_FAILURE);
        }
    }
}
