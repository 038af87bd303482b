package io.dcim.power.snmp;

import io.dcim.power.collect.PollOutcome;
import io.dcim.power.NetSnmpd;
import io.dcim.power.secret.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The poller against a real net-snmp {@code snmpd}: an SNMPv3 agent that comes back as another engine, and an
 * agent that lacks objects a poll asks for only optionally.
 */
class NetSnmpRestartAndOptionalIT {

    private static final String CHARGE = "1.3.6.1.2.1.33.1.2.4.0";
    private static final String RUNTIME = "1.3.6.1.2.1.33.1.2.3.0";
    private static final String OUTPUT_POWER = "1.3.6.1.2.1.33.1.4.4.1.4";
    private static final String INPUT_POWER = "1.3.6.1.2.1.33.1.3.3.1.5";
    private static final List<String> UPS = List.of(
            "rocommunity ups-ro 127.0.0.1",
            "createUser ups-v3 SHA-256 auth-pass-1234 AES priv-pass-5678",
            "rouser ups-v3 priv",
            "override " + CHARGE + " integer 97",
            "override " + OUTPUT_POWER + ".1 integer 3100",
            "override " + OUTPUT_POWER + ".2 integer 3200");

    @TempDir
    Path dir;

    @Test
    void anSnmpV3AgentThatRestartsAsAnotherEngineIsReadAgainWithinTwoPolls() throws Exception {
        try (NetSnmpd snmpd = NetSnmpd.start(dir, "dcim-engine-one", UPS);
             SnmpPoller poller = new SnmpPoller(PollerConfig.defaults())) {
            PollTarget ups = new PollTarget("ups-v3", snmpd.address(), new SnmpCredentials.Usm("ups-v3",
                    AuthProtocol.SHA256, Secret.of("auth-pass-1234"), PrivProtocol.AES128, Secret.of("priv-pass-5678"),
                    ""), Duration.ofMillis(700), 1, List.of(RequestedOid.number(CHARGE)), List.of());
            PollResult before = poll(poller, ups);

            snmpd.restartAs("dcim-engine-two");
            List<PollResult> after = new ArrayList<>();
            for (int i = 0; i < 2 && (after.isEmpty() || after.get(after.size() - 1).outcome() != PollOutcome.OK); i++) {
                after.add(poll(poller, ups));
            }

            assertThat(before.outcome()).as(before.detail()).isEqualTo(PollOutcome.OK);
            assertThat(after).as("polls after the restart: %s", after).last()
                    .satisfies(r -> assertThat(r.outcome()).isEqualTo(PollOutcome.OK))
                    .satisfies(r -> assertThat(r.values()).containsKey(Oid.parse(CHARGE)));
        }
    }

    @Test
    void onlyAMissingRequiredObjectMakesAPollPartial() throws Exception {
        try (NetSnmpd snmpd = NetSnmpd.start(dir, "dcim-engine-ups", UPS);
             SnmpPoller poller = new SnmpPoller(PollerConfig.defaults())) {
            SnmpCredentials community = SnmpCredentials.v2c("ups-ro");
            // This agent has the charge and output power, but neither runtime nor input power, as many UPSes.
            PollTarget optionalMissing = new PollTarget("optional", snmpd.address(), community, Duration.ofMillis(700),
                    1, List.of(RequestedOid.number(CHARGE), RequestedOid.number(RUNTIME).optional()),
                    List.of(RequestedOid.number(OUTPUT_POWER), RequestedOid.number(INPUT_POWER).optional()));
            PollTarget requiredMissing = optionalMissing.withReads(
                    List.of(RequestedOid.number(CHARGE), RequestedOid.number(RUNTIME).optional()),
                    List.of(RequestedOid.number(OUTPUT_POWER), RequestedOid.number(INPUT_POWER)));

            PollResult ok = poll(poller, optionalMissing);
            PollResult partial = poll(poller, requiredMissing);

            assertThat(ok.outcome()).as(ok.detail()).isEqualTo(PollOutcome.OK);
            assertThat(ok.values()).containsKeys(Oid.parse(CHARGE), Oid.parse(OUTPUT_POWER + ".1"), Oid.parse(OUTPUT_POWER + ".2"));
            assertThat(ok.problems()).as("what is missing is still told").containsKeys(Oid.parse(RUNTIME),
                    Oid.parse(INPUT_POWER));
            assertThat(partial.outcome()).isEqualTo(PollOutcome.PARTIAL);
        }
    }

    private static PollResult poll(SnmpPoller poller, PollTarget target) throws Exception {
        return poller.poll(target).get(15, TimeUnit.SECONDS);
    }
}
