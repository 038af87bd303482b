package io.dcim.web.bench;

import io.dcim.testing.BenchScale;
import io.dcim.testing.BenchTimer;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The API's heaviest reads timed on two jars at once (a baseline build and this one), each its
 * own JVM with the same demo, alternating A, B, A, B … so that both see the same machine load.
 * Run with {@code DCIM_BENCH_BASELINE_JAR=/path/to/old/dcim.jar} set for the bench-web profile.
 */
final class ApiSideBySide {

    private static final String DEMO = BenchScale.smoke() ? "small" : "full";
    /** Jersey's deeper call stack needs more calls than the old servlet before the JIT has compiled it. */
    private static final int WARMUP = BenchScale.pick(1000, 20);
    private static final int RUNS = 60;
    private static final String PASSWORD = "benchmark password";
    private static final List<String> REQUESTS = List.of("/gpus?size=500&page=40",
            "/gpus?size=500&status=in_service&sort=-serial", "/cabinets?size=50&page=40&sort=-freeU",
            "/devices?size=200&sort=assetTag", "/sites");

    private ApiSideBySide() {
    }

    static void run(Path baseline, Path candidate) throws Exception {
        Process a = null;
        Process b = null;
        try {
            int portA = freePort();
            a = start(baseline, portA);
            awaitHealth(a, portA);
            int portB = freePort();
            b = start(candidate, portB);
            awaitHealth(b, portB);
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            System.out.printf("API side by side, %s demo, warm, alternating A (%s) and B (%s), %d runs each:%n", DEMO,
                    baseline, candidate, RUNS);
            for (String path : REQUESTS) {
                HttpRequest requestA = get(portA, path, auth);
                HttpRequest requestB = get(portB, path, auth);
                for (int i = 0; i < WARMUP; i++) {
                    send(http, requestA);
                    send(http, requestB);
                }
                double[] timesA = new double[RUNS];
                double[] timesB = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    timesA[i] = send(http, requestA);
                    timesB[i] = send(http, requestB);
                }
                Arrays.sort(timesA);
                Arrays.sort(timesB);
                System.out.printf("GET /api/v1%s: A median %.1f ms (p95 %.1f), B median %.1f ms (p95 %.1f), B/A %.2f%n",
                        path, BenchTimer.median(timesA), BenchTimer.p95(timesA), BenchTimer.median(timesB),
                        BenchTimer.p95(timesB), BenchTimer.median(timesB) / BenchTimer.median(timesA));
            }
        } finally {
            stop(a);
            stop(b);
        }
    }

    private static HttpRequest get(int port, String path, String auth) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1" + path))
                .header("Authorization", auth).build();
    }

    /** Milliseconds for one call, its whole body read; anything but 200 stops the benchmark. */
    private static double send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return millis;
    }

    private static Process start(Path jar, int port) throws IOException {
        Path dataDir = Files.createTempDirectory("dcim-bench-side");
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin"
                + File.separator + "java", "-jar", jar.toString()).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("bench-app.log").toFile());
        builder.environment().put("DCIM_DATA_DIR", dataDir.toString());
        builder.environment().put("DCIM_PORT", String.valueOf(port));
        builder.environment().put("DCIM_DEMO", DEMO);
        builder.environment().put("DCIM_ADMIN_PASSWORD", PASSWORD);
        // No simulated SNMP agents polled in the background: they would load the two JVMs unevenly.
        builder.environment().put("DCIM_SNMP_SIMULATOR", "off");
        return builder.start();
    }

    private static void awaitHealth(Process app, int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
        long start = System.nanoTime();
        while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(10)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application on port " + port + " exited");
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no 200 on /health within 10 minutes on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void stop(Process app) throws InterruptedException {
        if (app != null) {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
