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

    /**
     * The demo both jars start with: {@code full} (its start takes minutes on each jar) unless
     * {@code DCIM_BENCH_DEMO} names another ({@code small}, {@code medium}), or at smoke scale.
     */
    private static final String DEMO = BenchScale.smoke() ? "small"
            : System.getenv().getOrDefault("DCIM_BENCH_DEMO", "full");
    /** Jersey's deeper call stack needs more calls than the old servlet before the JIT has compiled it. */
    private static final int WARMUP = BenchScale.pick(1000, 20);
    private static final int RUNS = 60;
    /**
     * Calls per jar over which each server process's CPU time is read from {@code /proc}: on a
     * shared machine wall time mostly measures the neighbours, CPU time per call what each jar does.
     */
    private static final int CPU_RUNS = BenchScale.pick(1000, 50);
    /** Pages run the whole Wicket stack on both sides alike; fewer calls warm them. */
    private static final int PAGE_WARMUP = BenchScale.pick(200, 5);
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
            System.out.printf("API side by side, %s demo, warm, alternating A (%s, port %d) and B (%s, port %d), "
                    + "%d runs each:%n", DEMO, baseline, portA, candidate, portB, RUNS);
            for (String path : REQUESTS) {
                compare("GET /api/v1" + path, a, http, get(portA, path, auth), b, http, get(portB, path, auth), WARMUP);
            }
            // The console's heaviest pages, each jar signed in through its own form as a browser is.
            HttpClient browserA = browser(portA);
            HttpClient browserB = browser(portB);
            long cabinetA = firstCabinet(http, portA, auth);
            long cabinetB = firstCabinet(http, portB, auth);
            for (String[] page : new String[][] {{"site dashboard", "/home", "/home"},
                    {"cabinet list, 50 rows sorted", "/cabinets", "/cabinets"},
                    {"cabinet elevation", "/cabinet?id=" + cabinetA, "/cabinet?id=" + cabinetB}}) {
                compare("page: " + page[0], a, browserA, page(portA, page[1]), b, browserB, page(portB, page[2]),
                        PAGE_WARMUP);
            }
        } finally {
            stop(a);
            stop(b);
        }
    }

    /**
     * Alternates A and B after warming both up, and prints both medians and their ratio; then
     * alternates {@link #CPU_RUNS} more calls and prints the CPU time each server's request threads spent per call.
     */
    private static void compare(String what, Process a, HttpClient clientA, HttpRequest requestA, Process b,
            HttpClient clientB, HttpRequest requestB, int warmup) throws IOException, InterruptedException {
        for (int i = 0; i < warmup; i++) {
            send(clientA, requestA);
            send(clientB, requestB);
        }
        double[] timesA = new double[RUNS];
        double[] timesB = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            timesA[i] = send(clientA, requestA);
            timesB[i] = send(clientB, requestB);
        }
        Arrays.sort(timesA);
        Arrays.sort(timesB);
        long cpuA = cpuMillis(a);
        long cpuB = cpuMillis(b);
        for (int i = 0; i < CPU_RUNS; i++) {
            send(clientA, requestA);
            send(clientB, requestB);
        }
        double perCallA = (double) (cpuMillis(a) - cpuA) / CPU_RUNS;
        double perCallB = (double) (cpuMillis(b) - cpuB) / CPU_RUNS;
        System.out.printf("%s: A median %.1f ms (p95 %.1f), B median %.1f ms (p95 %.1f), B/A %.2f; "
                        + "request threads' CPU per call A %.3f ms, B %.3f ms, B/A %.2f%n",
                what, BenchTimer.median(timesA), BenchTimer.p95(timesA), BenchTimer.median(timesB),
                BenchTimer.p95(timesB), BenchTimer.median(timesB) / BenchTimer.median(timesA), perCallA, perCallB,
                perCallB / perCallA);
    }

    /**
     * CPU time so far of the server's request threads (Jetty's {@code qtp…} pool), from
     * {@code /proc/<pid>/task/<tid>/stat} (Linux; clock ticks of 10 ms). The whole process would also
     * count each jar's background work (its scheduled jobs, the JIT, the collector), which differs
     * between builds and is not what a call costs.
     */
    private static long cpuMillis(Process process) throws IOException {
        long ticks = 0;
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (!Files.readString(task.resolve("comm")).startsWith("qtp")) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    // After the name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (java.nio.file.NoSuchFileException ended) {
                    // the thread ended meanwhile
                }
            }
        }
        return ticks * 10;
    }

    private static HttpClient browser(int port) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new java.net.CookieManager()).build();
        ConsoleTimings.signIn(browser, "http://127.0.0.1:" + port);
        return browser;
    }

    private static HttpRequest page(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    }

    /** The first cabinet of the API's default order, read from each jar (their demos number alike, but need not). */
    private static long firstCabinet(HttpClient http, int port, String auth) throws IOException, InterruptedException {
        String body = new String(http.send(get(port, "/cabinets?size=1", auth), HttpResponse.BodyHandlers.ofByteArray()).body(),
                StandardCharsets.UTF_8);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no cabinet in " + body);
        }
        return Long.parseLong(id.group(1));
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
        List<String> command = new java.util.ArrayList<>(List.of(System.getProperty("java.home") + File.separator
                + "bin" + File.separator + "java"));
        // DCIM_BENCH_JFR=<folder>: each jar records a profile there (its port names the file), to compare where
        // the two spend their request threads' time; the figures of such a run carry the recording's cost.
        String jfr = System.getenv("DCIM_BENCH_JFR");
        if (jfr != null) {
            command.add("-XX:FlightRecorderOptions=stackdepth=256");
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + Path.of(jfr, port + ".jfr"));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
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
