package io.dcim.web.bench;

import io.dcim.app.Services;
import io.dcim.common.persistence.DatabaseConfig;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.power.PowerModule;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.demo.PowerDemo;
import io.dcim.power.polling.SweepReport;
import io.dcim.testing.BenchScale;
import io.dcim.testing.TestDatabase;
import io.dcim.web.WebTesting;
import io.dcim.web.metrics.Metrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * What a Prometheus scrape of {@code /metrics} costs at the full demo's scale (4,000 cabinets, ~8,000 PDUs swept
 * once so every cabinet has a load), on an H2 file database, warm: the usual scrape, which reuses the site
 * figures read less than 30 s ago, and the one every 30 s that reads them again (site loads, every cabinet's
 * load, GPU counts, alarms). Timed is the registry's text (what the servlet writes), not the HTTP round trip.
 * Run: {@code mvn -B -q -o -Pbench-metrics -DskipTests -pl dcim-web -am verify}
 */
public final class MetricsScrapeBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 30;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("dcim-metrics-bench");
        try (TestDatabase h2 = TestDatabase.of(DatabaseConfig.h2File(dir))) {
            long start = System.nanoTime();
            Services services = WebTesting.services(h2.database());
            DemoScale scale = BenchScale.smoke() ? DemoScale.SMALL : DemoScale.FULL;
            new DemoSiteLoader(h2.database(), services.catalog()).seedIfEmpty(scale);
            System.out.printf("seeded the %s demo in %.1f s%n", scale, (System.nanoTime() - start) / 1e9);
            try (PowerModule power = PowerModule.start(h2.database(), Clock.systemUTC(),
                    PowerModule.Config.defaults(CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key())))) {
                services.attachPower(power);
                try (PowerDemo demo = PowerDemo.start(h2.database(), power.targets(), power.profiles(),
                        DemoOptions.DEFAULT.withoutHistory());
                     Metrics cached = Metrics.start(services, power);
                     Metrics fresh = Metrics.start(services, power, Duration.ZERO)) {
                    SweepReport sweep = power.polling().sweep(Instant.now());
                    System.out.printf("one sweep of %,d targets: %.1f s, %,d readings%n", sweep.due(),
                            sweep.wallTime().toMillis() / 1e3, sweep.readings());
                    String text = cached.scrape();
                    System.out.printf("a scrape: %,d lines, %,d bytes%n", text.lines().count(), text.length());
                    report("scrape, site figures reused (within 30 s)", time(cached::scrape));
                    report("scrape, site figures read again (every 30 s)", time(fresh::scrape));
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double[] time(Runnable scrape) {
        for (int i = 0; i < WARMUP; i++) {
            scrape.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            scrape.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String what, double[] sorted) {
        System.out.printf("%-50s median %7.1f ms   p95 %7.1f ms%n", what, sorted[sorted.length / 2],
                sorted[(int) Math.ceil(0.95 * sorted.length) - 1]);
    }
}
