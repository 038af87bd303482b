package io.dcim.power;

import io.dcim.power.collect.PollOutcome;
import io.dcim.power.snmp.PollResult;
import io.dcim.power.snmp.PollTarget;
import io.dcim.power.snmp.PollerConfig;
import io.dcim.power.snmp.RequestedOid;
import io.dcim.power.snmp.SnmpCredentials;
import io.dcim.power.snmp.SnmpPoller;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A net-snmp {@code snmpd} on a free loopback port, configured by the lines a test gives, that a test can
 * restart as another SNMPv3 engine (a replaced or re-imaged agent). Skips the test without snmpd, except under
 * CI=true, where it fails.
 */
public final class NetSnmpd implements AutoCloseable {

    /** The community every instance answers, to tell when it is up. */
    private static final String PROBE_COMMUNITY = "dcim-probe";
    private static final String SYS_UPTIME = "1.3.6.1.2.1.1.3.0";

    private final Path binary;
    private final Path dir;
    private final List<String> config;
    private final InetSocketAddress address;
    private Process process;
    private int starts;

    private NetSnmpd(Path binary, Path dir, List<String> config, int port) {
        this.binary = binary;
        this.dir = dir;
        this.config = List.copyOf(config);
        this.address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    /** Starts snmpd with the given configuration lines, as the engine named {@code engineId}. */
    public static NetSnmpd start(Path dir, String engineId, List<String> config) throws Exception {
        Path binary = find();
        if (binary == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("snmpd is not installed but CI=true: install net-snmp (apt-get install snmpd snmp)");
            }
            assumeTrue(false, "snmpd not installed: skipping the net-snmp interoperability test (apt-get install snmpd snmp)");
        }
        int port;
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        NetSnmpd snmpd = new NetSnmpd(binary, dir, config, port);
        snmpd.run(engineId);
        return snmpd;
    }

    public InetSocketAddress address() {
        return address;
    }

    /** Stops the agent and starts it again on the same port as another engine, with fresh persistent state. */
    public void restartAs(String engineId) throws Exception {
        stop();
        run(engineId);
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    private void run(String engineId) throws Exception {
        Path runDir = Files.createDirectories(dir.resolve("run-" + (++starts)));
        List<String> lines = new ArrayList<>();
        lines.add("engineID " + engineId);
        lines.add("rocommunity " + PROBE_COMMUNITY + " 127.0.0.1");
        lines.addAll(config);
        Path conf = runDir.resolve("snmpd.conf");
        Files.writeString(conf, String.join("\n", lines) + "\n");
        // -C: only this file; a fresh persistent directory per start, so nothing of the previous engine survives.
        process = new ProcessBuilder(binary.toString(), "-f", "-Lo", "-C", "-c", conf.toString(),
                "-p", runDir.resolve("snmpd.pid").toString(), "--persistentDir=" + runDir,
                "udp:127.0.0.1:" + address.getPort())
                .redirectErrorStream(true).redirectOutput(runDir.resolve("snmpd.log").toFile()).start();
        awaitReady(runDir.resolve("snmpd.log"));
    }

    private void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            process = null;
        }
    }

    private void awaitReady(Path log) throws Exception {
        try (SnmpPoller poller = new SnmpPoller(PollerConfig.defaults())) {
            for (int i = 0; i < 50; i++) {
                if (!process.isAlive()) {
                    fail("snmpd exited: " + Files.readString(log));
                }
                PollResult r = poller.poll(new PollTarget("probe-" + i, address, SnmpCredentials.v2c(PROBE_COMMUNITY),
                        Duration.ofMillis(200), 0, List.of(RequestedOid.of(SYS_UPTIME,
                        io.dcim.power.snmp.ValueKind.ANY)), List.of())).get(5, TimeUnit.SECONDS);
                if (r.outcome() == PollOutcome.OK) {
                    return;
                }
            }
        }
        fail("snmpd did not answer: " + Files.readString(log));
    }

    private static Path find() throws IOException {
        for (String d : List.of("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/sbin")) {
            Path p = Path.of(d, "snmpd");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
