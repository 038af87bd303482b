package io.dcim.power.snmp.simulator;

import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.secret.Secret;
import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.PrivProtocol;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** net-snmp's own command-line tools read the simulator: it is a real agent, not a test double. */
class NetSnmpClientIT {

    @Test
    void snmpgetAndSnmpwalkReadVirtualDevicesByCommunityAndContext() throws Exception {
        requireTool("snmpget");
        var profile = ProfileCatalog.builtIn().get("apc-rpdu2");
        try (SnmpSimulator sim = SnmpSimulator.start(
                List.of(ProfileDevices.device("pdu-0001", profile, 3, MetricSignal.constant(20)),
                        ProfileDevices.device("pdu-0002", profile, 3, MetricSignal.constant(10))),
                List.of(new SimulatedUser("ops", AuthProtocol.SHA256, Secret.of("auth-pass-1234"),
                        PrivProtocol.AES128, Secret.of("priv-pass-5678"))))) {
            String agent = "udp:127.0.0.1:" + sim.address().getPort();

            String get = run("snmpget", "-v2c", "-c", "pdu-0001", "-On", agent, "1.3.6.1.2.1.1.2.0",
                    "1.3.6.1.4.1.318.1.1.26.6.3.1.5.2");
            String walk = run("snmpwalk", "-v2c", "-c", "pdu-0002", "-On", agent, "1.3.6.1.4.1.318.1.1.26.6.3.1.5");
            String v3 = run("snmpget", "-v3", "-l", "authPriv", "-u", "ops", "-a", "SHA-256", "-A", "auth-pass-1234",
                    "-x", "AES", "-X", "priv-pass-5678", "-n", "pdu-0002", "-On", agent, "1.3.6.1.2.1.1.5.0");

            assertThat(get).contains(".1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.318.1.3.4.5")
                    .contains(".1.3.6.1.4.1.318.1.1.26.6.3.1.5.2 = INTEGER: 200"); // 20 A in tenths
            assertThat(walk.lines()).hasSize(3).allMatch(l -> l.endsWith("INTEGER: 100"));
            assertThat(v3).contains("STRING: \"pdu-0002\"");
        }
    }

    private static void requireTool(String tool) {
        boolean present = Files.isExecutable(Path.of("/usr/bin", tool));
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(tool + " is not installed but CI=true: install net-snmp (apt-get install snmp)");
        }
        assumeTrue(present, tool + " not installed: skipping the net-snmp client test (apt-get install snmp)");
    }

    private static String run(String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(command));
        cmd.addAll(1, List.of("-t", "2", "-r", "1", "-M", "/dev/null"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " hung");
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }
}
