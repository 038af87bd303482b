package io.dcim.web.bench;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseConfig;
import io.dcim.identity.role.Role;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.power.PowerModule;
import io.dcim.power.chain.ChainLoader;
import io.dcim.power.chain.ChainSnapshot;
import io.dcim.power.chain.FailoverAnalysis;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.demo.PowerDemo;
import io.dcim.power.polling.SweepReport;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.testing.BenchScale;
import io.dcim.testing.TestDatabase;
import io.dcim.web.WebTesting;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * {@code GET /api/v1/sites/{id}/single-points-of-failure} over HTTP on the {@code full} demo (issue 17: under 5 s),
 * the chain's load from the database included: the demo seeded, its simulator's targets registered and its chain
 * recorded (A and B feeds to every cabinet, supplies on PDU outlets), one sweep so that the PDUs' power, phases and
 * outlets are current, then the API on a real Jetty on loopback asked a few times, warm. The chain's load and the
 * analysis are also timed on their own, to say where the time goes. H2 (file) and PostgreSQL.
 *
 * <pre>mvn -B -q -o -Pbench-chain-web -DskipTests -pl dcim-web -am verify [-Dbench.db=h2|pg]
 *     [-Ddcim.bench.scale=smoke]</pre>
 */
public final class ChainScaleBenchmark {

    private static final int WARMUP = 2;
    private static final int RUNS = 5;
    private static final String PASSWORD = "a bench password";

    private ChainScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String which = System.getProperty("bench.db", "both");
        if (!which.equals("pg")) {
            Path dir = Files.createTempDirectory("dcim-chain-bench");
            try (TestDatabase h2 = TestDatabase.of(DatabaseConfig.h2File(dir))) {
                run("H2 (file)", h2.database());
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        if (!which.equals("h2")) {
            if (TestDatabase.postgresReachable()) {
                try (TestDatabase pg = TestDatabase.postgres()) {
                    run("PostgreSQL", pg.database());
                }
            } else {
                System.out.println("PostgreSQL not reachable: PostgreSQL figures skipped");
            }
        }
    }

    private static void run(String name, Database db) throws Exception {
        System.out.printf("%n== %s ==%n", name);
        long start = System.nanoTime();
        Services services = WebTesting.services(db);
        new DemoSiteLoader(db, services.catalog()).seedIfEmpty(BenchScale.smoke() ? DemoScale.SMALL : DemoScale.FULL);
        long siteId = services.sites().sites().get(0).getId();
        System.out.printf("%s: seeded the demo in %.1f s%n", name, secondsSince(start));
        services.users().create("bench-analyst", null, PASSWORD, Set.of(Role.ANALYST));
        try (PowerModule power = PowerModule.start(db, Clock.systemUTC(),
                PowerModule.Config.defaults(CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key())))) {
            services.attachPower(power);
            start = System.nanoTime();
            try (PowerDemo demo = PowerDemo.start(db, power.targets(), power.profiles(),
                    DemoOptions.DEFAULT.withoutHistory())) {
                System.out.printf("%s: registered %,d targets and recorded the chain in %.1f s%n", name,
                        demo.lastRegistration().created(), secondsSince(start));
                SweepReport sweep = power.polling().sweep(Instant.now());
                System.out.printf("%s: one sweep of %,d targets: %.1f s, %,d readings stored, outcomes %s%n", name,
                        sweep.due(), sweep.wallTime().toMillis() / 1e3, sweep.readings(), sweep.outcomes());
            }
            ChainLoader loader = new ChainLoader(db, power.loads());
            ChainSnapshot snapshot = loader.site(siteId);
            long meteredFeeds = snapshot.feeds().stream().filter(f -> f.measuredW() != null).count();
            long meteredDevices = snapshot.devices().stream().filter(d -> d.measuredW() != null).count();
            System.out.printf("%s: %,d sources, %,d panels, %,d feeds (%,d metered now), %,d devices with supplies"
                            + " (%,d metered by their outlets)%n", name, snapshot.sources().size(),
                    snapshot.panels().size(), snapshot.feeds().size(), meteredFeeds, snapshot.devices().size(),
                    meteredDevices);

            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler("/");
            context.addServlet(new ServletHolder(io.dcim.rest.RestApi.servlet(services, Clock.systemUTC())),
                    "/api/v1/*");
            server.setHandler(context);
            server.start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + connector.getLocalPort()
                                + "/api/v1/sites/" + siteId + "/single-points-of-failure"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                ("bench-analyst:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Accept", "application/json").GET().build();
                int[] bytes = new int[1];
                time(name, "GET single-points-of-failure over HTTP", () -> {
                    HttpResponse<String> r = send(http, get);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                    }
                    bytes[0] = r.body().length();
                    return r;
                });
                System.out.printf("%s: answer %,d characters%n", name, bytes[0]);
            } finally {
                server.stop();
            }
            time(name, "the chain's load (ChainLoader.site)", () -> loader.site(siteId));
            time(name, "the analysis of every element (in memory)",
                    () -> new FailoverAnalysis(snapshot).singlePointsOfFailure());
        }
    }

    /** Warm-up calls, then timed ones: wall median and max, and the calling thread's CPU median. */
    private static void time(String name, String what, Supplier<?> call) {
        for (int i = 0; i < WARMUP; i++) {
            call.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            call.get();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%s: %s: median %.0f ms, max %.0f ms wall (%d runs after %d warm-up); calling thread CPU"
                + " median %.0f ms%n", name, what, wall[RUNS / 2], wall[RUNS - 1], RUNS, WARMUP, cpu[RUNS / 2]);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
