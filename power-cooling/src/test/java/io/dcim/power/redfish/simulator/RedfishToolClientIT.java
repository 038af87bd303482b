package io.dcim.power.redfish.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * DMTF's own command-line client, Debian's {@code redfishtool}, reads the simulator over HTTP and HTTPS: it is a
 * Redfish service a real client walks (service root, session login, collections, members), not a test double.
 */
class RedfishToolClientIT {

    @Test
    void redfishtoolLogsInAndReadsAServersPowerAndAGpusMetrics() throws Exception {
        try (RedfishSimulator simulator = simulator(false)) {
            String legacy = run(simulator, "Never", "ops", "bmc-password-1", "Chassis", "-I", "srv-1", "Power");
            String newer = run(simulator, "Never", "ops", "bmc-password-1", "raw", "GET",
                    "/redfish/v1/Chassis/srv-2/EnvironmentMetrics");
            String gpu = run(simulator, "Never", "ops", "bmc-password-1", "Systems", "-I", "srv-2", "Processors",
                    "-i", "GPU1");
            String refused = run(simulator, "Never", "ops", "not-the-password", "Chassis", "-I", "srv-1", "Power");

            assertThat(legacy).contains("\"PowerConsumedWatts\": 10200");
            assertThat(newer).contains("\"Reading\": 9800");
            assertThat(gpu).contains("\"ProcessorType\": \"GPU\"").contains("\"SerialNumber\": \"SRV2-GPU1\"");
            assertThat(refused).doesNotContain("PowerConsumedWatts").containsIgnoringCase("error");
            assertThat(simulator.sessionsOpened()).as("redfishtool logs in with a session for each call")
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void redfishtoolReadsTheSimulatorOverHttpsWithItsSelfSignedCertificate() throws Exception {
        try (RedfishSimulator simulator = simulator(true)) {
            String power = run(simulator, "Always", "ops", "bmc-password-1", "Chassis", "-I", "srv-1", "Power");

            assertThat(power).contains("\"PowerConsumedWatts\": 10200");
        }
    }

    /** The simulator redfishtool reads: two servers and the account {@code ops}; the test is skipped without the tool. */
    private static RedfishSimulator simulator(boolean tls) {
        requireRedfishtool();
        RedfishSimulator simulator = RedfishSimulator.start(tls);
        simulator.addAccount("ops", "bmc-password-1");
        simulator.addServer(new VirtualServer("srv-1", List.of("SRV1-GPU0", "SRV1-GPU1"), false,
                ServerSignal.steady(10_200, 2, 0.5)));
        simulator.addServer(new VirtualServer("srv-2", List.of("SRV2-GPU0", "SRV2-GPU1"), true,
                ServerSignal.steady(9_800, 2, 0.5)));
        return simulator;
    }

    private static void requireRedfishtool() {
        boolean present = Files.isExecutable(Path.of("/usr/bin/redfishtool"));
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("redfishtool is not installed but CI=true: install it (apt-get install redfishtool)");
        }
        assumeTrue(present, "redfishtool not installed: skipping the Redfish client test (apt-get install redfishtool)");
    }

    private static String run(RedfishSimulator simulator, String secure, String user, String password,
                              String... subcommand) throws Exception {
        String host = "127.0.0.1:" + simulator.address().getPort();
        List<String> command = new ArrayList<>(List.of("/usr/bin/redfishtool", "-r", host, "-u", user, "-p", password,
                "-S", secure, "-A", "Session", "-T", "10", "-W", "1:3"));
        command.addAll(List.of(subcommand));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", subcommand) + ": redfishtool hung");
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }
}
