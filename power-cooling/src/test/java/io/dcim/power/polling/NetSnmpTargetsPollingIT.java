package io.dcim.power.polling;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.power.NetSnmpd;
import io.dcim.power.PowerFixture;
import io.dcim.power.polling.SnmpSweeps.ThreeSweeps;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored targets swept against net-snmp's {@code snmpd}, for what an agent the product has never seen does: drop
 * requests with a community it does not know (as a typo does), and answer "no such object" for a MIB it does not
 * serve. The same checks run against the built-in simulator in {@link PollingServiceIT}.
 */
class NetSnmpTargetsPollingIT {

    private static final String CHARGE = "1.3.6.1.2.1.33.1.2.4.0";
    private static final String OUTPUT_POWER = "1.3.6.1.2.1.33.1.4.4.1.4";
    private static final List<String> UPS = List.of(
            "rocommunity ups-ro 127.0.0.1",
            "override " + CHARGE + " integer 97",
            "override " + OUTPUT_POWER + ".1 integer 3100");

    @TempDir
    Path dir;

    @BothDatabases
    void aTargetCorrectedAfterTimeoutsIsPolledAtTheNextSweepWithoutItsOldBackOff(PowerFixture f) throws Exception {
        try (NetSnmpd snmpd = NetSnmpd.start(Files.createTempDirectory(dir, "snmpd"), "dcim-ups-edit", UPS);
             SnmpPoller poller = new SnmpPoller(TestPollers.onLoopback())) {
            TargetView typo = f.base.targets.create(ups(f, snmpd, "ups-typo", "a-typo"));
            PollingService polling = SnmpSweeps.polling(f.base, poller, f.statuses,
                    new PollingSettings(Duration.ofSeconds(1), Duration.ofSeconds(8)));
            Instant t0 = Instant.now();

            SweepReport first = polling.sweep(t0);
            polling.sweep(t0.plusSeconds(10));
            SweepReport resting = polling.sweep(t0.plusSeconds(20));
            f.base.targets.edit(typo.id(), typo.version(), ups(f, snmpd, "ups-typo", "ups-ro"));
            SweepReport afterEdit = polling.sweep(t0.plusSeconds(21));

            assertThat(first.outcomes()).as("snmpd drops an unknown community: a timeout")
                    .containsOnlyKeys(PollOutcome.TIMEOUT);
            assertThat(resting.outcomes()).as("two timeouts in a row rest the target").containsOnlyKeys(PollOutcome.BACKED_OFF);
            assertThat(afterEdit.due()).as("due at once, although its 10 s interval has not passed").isEqualTo(1);
            assertThat(afterEdit.outcomes()).as("polled, not skipped for the old community's back-off")
                    .containsOnlyKeys(PollOutcome.OK);
            assertThat(f.statuses.find(typo.id()).orElseThrow().lastOkAt()).isNotNull();
        }
    }

    @BothDatabases
    void aTargetThatAnswersWithoutTheProfilesObjectsAlarmsAfterAsManyPollsAsASilentOne(
            PowerFixture f) throws Exception {
        try (NetSnmpd snmpd = NetSnmpd.start(Files.createTempDirectory(dir, "snmpd"), "dcim-ups-empty", UPS);
             SnmpPoller poller = new SnmpPoller(TestPollers.askingEveryTime())) {
            // A PDU profile asked of a UPS: snmpd answers, with none of the PDU MIB's objects.
            TargetView wrongMib = f.base.targets.create(TargetSpec.pdu("wrong-mib", "127.0.0.1", SnmpVersion.V2C,
                            TargetCredentials.community("ups-ro"), "apc-rpdu2", f.siteId, null, null)
                    .withEndpoint("127.0.0.1", snmpd.address().getPort())
                    .withPolling("apc-rpdu2", 5, 1_500, 0, true));
            TargetView silent = f.base.targets.create(ups(f, snmpd, "silent", "a-typo"));
            PollingService polling = SnmpSweeps.polling(f.base, poller, f.statuses, PollingSettings.DEFAULT);

            ThreeSweeps sweeps = SnmpSweeps.threeSweeps(polling, f, Duration.ofSeconds(10));

            assertThat(sweeps.third().outcomes()).isEqualTo(Map.of(PollOutcome.NO_SUCH_OBJECT, 1L,
                    PollOutcome.TIMEOUT, 1L));
            assertThat(sweeps.unreachableAfterTwo()).isEmpty();
            assertThat(SnmpSweeps.unreachable(f)).as("the default level: 3 polls in a row, answering or not")
                    .containsExactlyInAnyOrder(wrongMib.id(), silent.id());
            assertThat(f.alarms.active()).filteredOn(a -> java.util.Objects.equals(a.targetId(), wrongMib.id()))
                    .singleElement().satisfies(a -> assertThat(a.message()).contains("last NO_SUCH_OBJECT"));
        }
    }

    private static TargetSpec ups(PowerFixture f, NetSnmpd snmpd, String name, String community) {
        return TargetSpec.pdu(name, "127.0.0.1", SnmpVersion.V2C, TargetCredentials.community(community), "ups-mib",
                        f.siteId, null, null)
                .withEndpoint("127.0.0.1", snmpd.address().getPort())
                .withPlace(f.siteId, f.room.getId(), null).withPower(TargetRole.UPS, null, null)
                .withPolling("ups-mib", 10, 700, 0, true);
    }
}
