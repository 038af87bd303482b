package io.dcim.power.snmp;

import io.dcim.power.NetSnmpd;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.secret.Secret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The poller against a real net-snmp {@code snmpd} on a free loopback port, serving UPS-MIB-like values
 * through {@code override} directives. Skipped without snmpd, except under CI=true, where it fails.
 */
class NetSnmpAgentIT {

    private static final String CHARGE = "1.3.6.1.2.1.33.1.2.4.0";
    private static final String INPUT_POWER = "1.3.6.1.2.1.33.1.3.3.1.5";
    private static NetSnmpd snmpd;
    private static InetSocketAddress agent;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSnmpd() throws Exception {
        snmpd = NetSnmpd.start(dir, "dcim-ups-interop", List.of(
                "rocommunity ups-ro 127.0.0.1",
                "createUser ups-v3 SHA-256 auth-pass-1234 AES priv-pass-5678",
                "rouser ups-v3 priv",
                "override " + CHARGE + " integer 97",
                "override " + INPUT_POWER + ".1 integer 4200",
                "override " + INPUT_POWER + ".2 integer 4300",
                "override " + INPUT_POWER + ".3 integer 4100"));
        agent = snmpd.address();
    }

    @AfterAll
    static void stopSnmpd() throws Exception {
        if (snmpd != null) {
            snmpd.close();
        }
    }

    @Test
    void readsScalarsAndWalksAColumnOverV2c() throws Exception {
        try (SnmpPoller poller = new SnmpPoller(PollerConfig.defaults())) {
            PollResult r = poller.poll(target("v2c", SnmpCredentials.v2c("ups-ro"))).get(10, TimeUnit.SECONDS);

            assertThat(r.outcome()).as(r.detail()).isEqualTo(PollOutcome.OK);
            assertThat(r.values()).containsEntry(Oid.parse(CHARGE), SnmpValue.number(97))
                    .containsEntry(Oid.parse(INPUT_POWER + ".2"), SnmpValue.number(4300)).hasSize(4);
        }
    }

    @Test
    void readsOverV3WithSha256AndAes128() throws Exception {
        try (SnmpPoller poller = new SnmpPoller(PollerConfig.defaults())) {
            PollResult r = poller.poll(target("v3", v3("auth-pass-1234", "priv-pass-5678"))).get(10, TimeUnit.SECONDS);

            assertThat(r.outcome()).as(r.detail()).isEqualTo(PollOutcome.OK);
            assertThat(r.values()).containsEntry(Oid.parse(CHARGE), SnmpValue.number(97));
        }
    }

    @Test
    void wrongPassphraseIsAnAuthFailureAndWrongCommunityATimeout() throws Exception {
        try (SnmpPoller poller = new SnmpPoller(PollerConfig.defaults())) {
            PollResult badPassword = poller.poll(target("bad-v3", v3("wrong-pass-1234", "priv-pass-5678")))
                    .get(10, TimeUnit.SECONDS);
            PollResult badCommunity = poller.poll(target("bad-v2c", SnmpCredentials.v2c("public")))
                    .get(10, TimeUnit.SECONDS);

            assertThat(badPassword.outcome()).as(badPassword.detail()).isEqualTo(PollOutcome.AUTH_FAILURE);
            assertThat(badCommunity.outcome()).isEqualTo(PollOutcome.TIMEOUT);
        }
    }

    private static SnmpCredentials v3(String auth, String priv) {
        return new SnmpCredentials.Usm("ups-v3", AuthProtocol.SHA256, Secret.of(auth), PrivProtocol.AES128,
                Secret.of(priv), "");
    }

    private static PollTarget target(String id, SnmpCredentials creds) {
        return new PollTarget(id, agent, creds, Duration.ofMillis(700), 1, List.of(RequestedOid.number(CHARGE)),
                List.of(RequestedOid.number(INPUT_POWER)));
    }
}
