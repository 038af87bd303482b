package io.dcim.power.polling;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.power.NetSnmpd;
import io.dcim.power.PowerFixture;
import io.dcim.power.load.FacilitySource;
import io.dcim.power.load.SiteLoad;
import io.dcim.power.profile.Metrics;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.reading.PollStatus;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.snmp.TestPollers;
import io.dcim.power.snmp.SnmpPoller;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetSpec;
import io.dcim.power.endpoint.TargetView;
import io.dcim.testing.BothDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored UPS target polled through the whole chain (targets, poller, profile, readings, poll status, site load)
 * against net-snmp's {@code snmpd} serving what many real UPSes serve of the UPS-MIB: the battery charge and the
 * output power, but no input power.
 */
class NetSnmpUpsPollingIT {

    private static final String CHARGE = "1.3.6.1.2.1.33.1.2.4.0";
    private static final String OUTPUT_POWER = "1.3.6.1.2.1.33.1.4.4.1.4";

    @TempDir
    Path dir;

    @BothDatabases
    void aUpsLackingOnlyOptionalColumnsIsOkAndItsMissingInputPowerMakesTheFacilityPowerIncomplete(Database db)
            throws Exception {
        PowerFixture f = new PowerFixture(db);
        try (NetSnmpd snmpd = NetSnmpd.start(Files.createTempDirectory(dir, "snmpd"), "dcim-ups-1", List.of(
                "rocommunity ups-ro 127.0.0.1",
                "override " + CHARGE + " integer 97",
                "override " + OUTPUT_POWER + ".1 integer 3100",
                "override " + OUTPUT_POWER + ".2 integer 3200"));
             SnmpPoller poller = new SnmpPoller(TestPollers.onLoopback())) {
            TargetView ups = f.base.targets.create(TargetSpec.pdu("ups-1", "127.0.0.1", SnmpVersion.V2C,
                            TargetCredentials.community("ups-ro"), "ups-mib", f.siteId, null, null)
                    .withEndpoint("127.0.0.1", snmpd.address().getPort())
                    .withPlace(f.siteId, f.room.getId(), null).withPower(TargetRole.UPS, null, null)
                    .withPolling("ups-mib", 10, 700, 1, true));
            PollingService polling = SnmpSweeps.polling(f.base, poller, f.statuses, PollingSettings.DEFAULT);

            SweepReport report = polling.sweep(Instant.now());
            PollStatus status = f.statuses.find(ups.id()).orElseThrow();

            assertThat(report.outcomes()).as("not PARTIAL for the optional input power, runtime and temperature")
                    .containsOnlyKeys(PollOutcome.OK);
            assertThat(status.outcome()).isEqualTo(PollOutcome.OK);
            assertThat(status.lastOkAt()).as("last success: now, not never").isNotNull();
            assertThat(f.base.readings.latest(List.of(ups.id()), Metrics.UPS_OUTPUT_POWER_W,
                    Instant.now().minusSeconds(600))).extractingByKey(ups.id())
                    .satisfies(r -> assertThat(r.value()).isEqualTo(6_300.0));

            // The readings are stamped by the real clock; the figures are asked about at that time.
            f.advance(java.time.Duration.between(f.now(), Instant.now()));
            SiteLoad site = f.loads.site(f.siteId);
            assertThat(site.facilitySource()).isEqualTo(FacilitySource.UPS_INPUT);
            assertThat(site.facilityComplete()).as("the UPS is not silently dropped").isFalse();
            assertThat(site.facilityMissing()).singleElement().satisfies(m -> {
                assertThat(m.targetId()).isEqualTo(ups.id());
                assertThat(m.reason()).contains(Metrics.UPS_INPUT_POWER_W);
            });
        }
    }
}
