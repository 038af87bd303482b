package io.dcim.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.testing.BenchScale;
import io.dcim.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Three nodes of the real jar sharing the demo's polling on one PostgreSQL database (issue 18): each node's CPU
 * per 10 s sweep once the leases have settled, then the time from {@code kill -9} of a node to the survivors
 * holding every target. The first node holds the demo's simulated agents (they are one set per cluster), so its
 * simulator threads ({@code snmp-sim…}, {@code redfish-sim…}) are counted apart from its polling. Run with
 * {@code mvn -B -q -o -Pbench-cluster -DskipTests -pl dcim-web -am verify} (full demo; with
 * {@code -Ddcim.bench.scale=smoke} the small one).
 *
 * <p>Seeding the full demo takes longer than a quiet run may last on a small machine, so it can be done apart:
 * {@code -Ddcim.bench.cluster.schema=NAME -Ddcim.bench.cluster.step=prepare} migrates and seeds the schema NAME with
 * one node and stops it (kept, with the cluster's key beside the jar), then {@code ...step=measure} with the same
 * NAME starts the three nodes on it and measures. Without a schema (step {@code all}) it does everything on a fresh
 * schema, dropped at the end.
 */
public final class ClusterBenchmark {

    private static final String DEMO = BenchScale.smoke() ? "small" : "full";
    private static final int NODES = 3;
    private static final Duration SWEEP = Duration.ofSeconds(10);
    private static final int MEASURED_SWEEPS = BenchScale.pick(6, 2);
    private static final String PASSWORD = "benchmark password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = System.getProperty("dcim.bench.cluster.schema", "").trim();
    private static final String STEP = System.getProperty("dcim.bench.cluster.step", "all").trim();

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/dcim.jar");
        if (!TestDatabase.postgresReachable()) {
            System.out.println("cluster benchmark SKIPPED: no PostgreSQL at DCIM_TEST_PG_URL");
            return;
        }
        if (!List.of("all", "prepare", "measure").contains(STEP) || (SCHEMA.isEmpty() != STEP.equals("all"))) {
            throw new IllegalArgumentException("dcim.bench.cluster.step all (no schema named), or prepare and then"
                    + " measure with dcim.bench.cluster.schema: not " + STEP + " with schema '" + SCHEMA + "'");
        }
        String secret = secret(jar);
        List<Node> nodes = new ArrayList<>();
        TestDatabase.EmptySchema kept = SCHEMA.isEmpty() ? null : TestDatabase.keptPostgresSchema(SCHEMA);
        try (TestDatabase.EmptySchema fresh = kept == null ? TestDatabase.emptyPostgresSchema() : null) {
            TestDatabase.EmptySchema schema = kept == null ? fresh : kept;
            long started = System.nanoTime();
            if (STEP.equals("prepare")) {
                Node seeder = Node.start(jar, "seeder", schema, secret);
                nodes.add(seeder);
                seeder.awaitHealth();
                System.out.printf("cluster benchmark: schema %s migrated and seeded (%s demo) in %.0f s; now run the"
                        + " step measure%n", SCHEMA, DEMO, (System.nanoTime() - started) / 1e9);
                return;
            }
            for (int i = 1; i <= NODES; i++) {
                Node node = Node.start(jar, "node" + i, schema, secret);
                nodes.add(node);
                node.awaitHealth(); // one at a time: the first migrates and seeds
            }
            System.out.printf("cluster benchmark: %d nodes of the jar on PostgreSQL, %s demo, up in %.0f s%n", NODES,
                    DEMO, (System.nanoTime() - started) / 1e9);
            Node asker = nodes.get(0);
            int targets = awaitSettled(asker, NODES, 0, Duration.ofMinutes(5));
            System.out.printf("leases settled: %,d targets over %d nodes %s%n", targets, NODES, leases(asker));

            List<long[]> before = new ArrayList<>();
            for (Node n : nodes) {
                before.add(n.cpuMillis());
            }
            Thread.sleep(SWEEP.toMillis() * MEASURED_SWEEPS);
            for (int i = 0; i < NODES; i++) {
                long[] after = nodes.get(i).cpuMillis();
                long polling = after[0] - before.get(i)[0];
                long simulators = after[1] - before.get(i)[1];
                System.out.printf("%s: CPU per sweep %.2f s without the simulators' threads, %.2f s of simulators%n",
                        nodes.get(i).name, polling / 1000.0 / MEASURED_SWEEPS, simulators / 1000.0 / MEASURED_SWEEPS);
            }

            Node victim = nodes.get(NODES - 1);
            long killed = System.nanoTime();
            victim.process.destroyForcibly().waitFor();
            int survivors = NODES - 1;
            awaitSettled(asker, survivors, targets, Duration.ofMinutes(3));
            System.out.printf("kill -9 of %s: the %d survivors hold every target after %.1f s %s%n", victim.name,
                    survivors, (System.nanoTime() - killed) / 1e9, leases(asker));
        } finally {
            for (Node n : nodes) {
                n.process.destroy();
                n.process.waitFor(30, TimeUnit.SECONDS);
                n.process.destroyForcibly();
            }
        }
    }

    /**
     * A fresh key for a schema dropped at the end; for a kept schema the one its nodes stored credentials with, in a
     * file beside the jar (owner-only), made by the step prepare.
     */
    private static String secret(Path jar) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String fresh = Base64.getEncoder().encodeToString(key);
        if (SCHEMA.isEmpty()) {
            return fresh;
        }
        Path file = jar.toAbsolutePath().resolveSibling("cluster-bench-" + SCHEMA + ".key");
        if (STEP.equals("prepare") || !Files.exists(file)) {
            Files.deleteIfExists(file);
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, fresh);
            return fresh;
        }
        return Files.readString(file).trim();
    }

    /**
     * Waits until exactly {@code live} nodes are listed, the targets shared out in fair shares, with the
     * same total over three readings in a row ({@code total} when known, the settled total otherwise); answers it.
     */
    private static int awaitSettled(Node asker, int live, int total, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        int lastHeld = -1;
        int steady = 0;
        while (System.nanoTime() < deadline) {
            JsonNode nodes = asker.clusterNodes().get("nodes");
            int held = 0;
            int least = Integer.MAX_VALUE;
            int most = 0;
            for (JsonNode n : nodes) {
                int leases = n.get("leases").asInt();
                held += leases;
                least = Math.min(least, leases);
                most = Math.max(most, leases);
            }
            steady = held == lastHeld ? steady + 1 : 0;
            lastHeld = held;
            // Each node claims up to its fair share, ceil(targets / live nodes): 721 over 3 is 241, 241, 239.
            boolean shared = nodes.size() == live && held > 0 && most <= (held + live - 1) / live
                    && least >= held - (live - 1) * ((held + live - 1) / live);
            if (shared && (total > 0 ? held == total : steady >= 3)) {
                return held;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the leases did not settle on " + live + " nodes within " + within + ": "
                + leases(asker));
    }

    private static String leases(Node asker) throws Exception {
        List<String> held = new ArrayList<>();
        for (JsonNode n : asker.clusterNodes().get("nodes")) {
            held.add(n.get("leases").asInt() + "");
        }
        return "(leases per node: " + String.join(", ", held) + ")";
    }

    private record Node(String name, Process process, int port, Path dir) {

        static Node start(Path jar, String name, TestDatabase.EmptySchema schema, String secret) throws IOException {
            Path dir = Files.createTempDirectory("dcim-bench-" + name);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder builder = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin"
                    + File.separator + "java", "-jar", jar.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("node.log").toFile());
            var env = builder.environment();
            env.put("DCIM_DATA_DIR", dir.toString());
            env.put("DCIM_PORT", String.valueOf(port));
            env.put("DCIM_DB_URL", schema.url());
            env.put("DCIM_DB_USER", schema.user());
            env.put("DCIM_DB_PASSWORD", schema.password());
            env.put("DCIM_SECRET_KEY", secret);
            env.put("DCIM_DB_POOL", "10"); // three nodes beside the tests of a shared machine, under max_connections
            env.put("DCIM_DEMO", DEMO);
            env.put("DCIM_ADMIN_PASSWORD", PASSWORD);
            return new Node(name, builder.start(), port, dir);
        }

        void awaitHealth() throws Exception {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited; see " + dir.resolve("node.log"));
                }
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException(name + " not healthy within 30 minutes");
        }

        JsonNode clusterNodes() throws Exception {
            return JSON.readTree(api("/cluster/nodes"));
        }

        private String api(String path) throws Exception {
            String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1" + path)).header("Authorization", "Basic " + auth)
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        }

        /** CPU so far in ms, from /proc: {all threads but the simulators', the simulators' threads}. */
        long[] cpuMillis() throws IOException {
            long polling = 0;
            long simulators = 0;
            try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        String comm = Files.readString(task.resolve("comm"));
                        String stat = Files.readString(task.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        if (comm.startsWith("snmp-sim") || comm.startsWith("redfish-sim")) {
                            simulators += ticks * 10;
                        } else {
                            polling += ticks * 10;
                        }
                    } catch (NoSuchFileException ended) {
                        // the thread ended meanwhile
                    }
                }
            }
            return new long[] {polling, simulators};
        }
    }
}
