package io.dcim.web.bench;

import io.dcim.testing.BenchScale;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time of the real jar in a new JVM each time: to the first 200 on /health with the
 * small demo on a fresh data directory (migrate + seed), then again on the same, warm one.
 * Run: {@code mvn -B -q -Pbench-web -DskipTests -pl dcim-web -am verify}; with
 * {@code DCIM_BENCH_BASELINE_JAR} naming another build's jar, the API reads are also timed on both
 * side by side ({@link ApiSideBySide}).
 */
public final class Benchmarks {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/dcim.jar");
        String baseline = System.getenv("DCIM_BENCH_BASELINE_JAR");
        // DCIM_BENCH_ONLY=side-by-side skips the start-ups and page timings when only the two jars are compared.
        // DCIM_BENCH_ONLY=console times only the console and API reads at full scale (no start-ups).
        if ("console".equals(System.getenv("DCIM_BENCH_ONLY"))) {
            ConsoleTimings.run(fullDemoDir());
            return;
        }
        if (!"side-by-side".equals(System.getenv("DCIM_BENCH_ONLY"))) {
            Path dataDir = Files.createTempDirectory("dcim-bench-data");
            System.out.printf("start-up to /health 200, small demo, fresh data dir: %.1f s%n", startUp(jar, dataDir));
            for (int i = 1; i <= BenchScale.pick(3, 1); i++) {
                System.out.printf("start-up to /health 200, small demo, warm data dir (run %d): %.1f s%n", i,
                        startUp(jar, dataDir));
            }
            ConsoleTimings.run(fullDemoDir());
        }
        if (baseline != null && !baseline.isBlank()) {
            ApiSideBySide.run(Path.of(baseline), jar);
        }
    }

    /**
     * Where the full demo lives: {@code DCIM_BENCH_DATA_DIR} when set, a directory the full demo was already seeded
     * into (seeding takes minutes, and need not be quiet: only the timings are), else a fresh one seeded here.
     */
    private static Path fullDemoDir() throws java.io.IOException {
        String seeded = System.getenv("DCIM_BENCH_DATA_DIR");
        return seeded == null || seeded.isBlank() ? Files.createTempDirectory("dcim-bench-full") : Path.of(seeded);
    }

    private static double startUp(Path jar, Path dataDir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("bench-app.log").toFile());
        builder.environment().put("DCIM_DATA_DIR", dataDir.toString());
        builder.environment().put("DCIM_PORT", String.valueOf(port));
        builder.environment().put("DCIM_DEMO", "small");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
        long start = System.nanoTime();
        Process app = builder.start();
        try {
            while (true) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the application exited; see " + dataDir.resolve("bench-app.log"));
                }
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - start) / 1e9;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(3)) {
                    throw new IllegalStateException("no 200 on /health within 3 minutes");
                }
                Thread.sleep(50);
            }
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
