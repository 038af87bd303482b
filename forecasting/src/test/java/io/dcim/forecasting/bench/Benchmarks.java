package io.dcim.forecasting.bench;

import io.dcim.forecasting.ForecastRequest;
import io.dcim.forecasting.ForecastResult;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.Period;
import io.dcim.forecasting.method.MethodName;
import io.dcim.testing.BenchScale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Forecasting benchmark: AUTO forecasts (every method backtested on up to three rolling origins,
 * then the winner refitted) for 1,000 daily series of two years (730 points, weekly season,
 * horizon 90), on all cores. Run with {@code mvn -B -q -Pbench-forecasting -DskipTests -pl forecasting -am verify}.
 */
public final class Benchmarks {

    private static final int SERIES = BenchScale.pick(1_000, 20);
    private static final int LENGTH = 730;
    private static final int SEASON = 7;
    private static final int HORIZON = 90;

    private Benchmarks() {
    }

    /**
     * {@code -Ddcim.bench=forecast}, {@code speed} (monthly and half-hourly series), {@code capacity}, {@code usage} (the Slurm import) or {@code vsr} (accuracy against R's forecast
     * package, on the data stored in {@code forecasting/bench/r-export}) runs one; all three by default.
     */
    public static void main(String[] args) throws Exception {
        // -Dbench=economics is the same switch as -Ddcim.bench=economics.
        String only = System.getProperty("dcim.bench", System.getProperty("bench", "all"));
        if (!List.of("all", "forecast", "speed", "capacity", "vsr", "usage", "economics").contains(only)) {
            throw new IllegalArgumentException("dcim.bench must be forecast, speed, capacity, vsr, usage, economics or all,"
                    + " was '" + only + "'");
        }
        if (only.equals("economics")) {
            EconomicsBenchmark.run();
            return;
        }
        if (only.equals("all") || only.equals("forecast")) {
            forecastBenchmark();
        }
        if (only.equals("all") || only.equals("speed")) {
            SpeedBenchmark.run();
        }
        if (only.equals("all") || only.equals("capacity")) {
            CapacityPlanBenchmark.run();
        }
        if (only.equals("all") || only.equals("usage")) {
            UsageImportBenchmark.run();
        }
        if (only.equals("all") || only.equals("vsr")) {
            VersusR.run(versusRData(), System.out);
        }
    }

    /** {@code -Ddcim.bench.data=DIR} for other stored forecasts; the profile passes the module directory. */
    private static Path versusRData() {
        String explicit = System.getProperty("dcim.bench.data");
        if (explicit != null) {
            return Path.of(explicit);
        }
        return Path.of(System.getProperty("dcim.bench.module", "forecasting"), "bench", "r-export");
    }

    private static void forecastBenchmark() {
        List<ForecastRequest> requests = syntheticFleet();
        Forecaster forecaster = new Forecaster();

        // Warm-up on a slice so the JIT has compiled the recursions before timing.
        forecaster.forecastAll(requests.subList(0, Math.min(100, SERIES)));

        long start = System.nanoTime();
        List<ForecastResult> results = forecaster.forecastAll(requests);
        double seconds = (System.nanoTime() - start) / 1e9;

        // The same work on one thread, on a fifth of the fleet, to show what the second core buys.
        List<ForecastRequest> slice = requests.subList(0, SERIES / 5);
        long sequentialStart = System.nanoTime();
        slice.forEach(forecaster::forecast);
        double sequentialSeconds = (System.nanoTime() - sequentialStart) / 1e9;

        Map<MethodName, Integer> chosen = new EnumMap<>(MethodName.class);
        for (ForecastResult r : results) {
            chosen.merge(r.method(), 1, Integer::sum);
        }
        System.out.printf("forecasting benchmark: %d series x %d points, m=%d, horizon %d, AUTO with rolling backtests%n",
                SERIES, LENGTH, SEASON, HORIZON);
        System.out.printf("  cores available: %d (common pool parallelism %d)%n",
                Runtime.getRuntime().availableProcessors(),
                java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
        System.out.printf("  wall time: %.2f s, throughput: %.1f series/s%n", seconds, SERIES / seconds);
        System.out.printf("  one thread, %d series: %.2f s, %.1f series/s (parallel speed-up %.2fx)%n",
                slice.size(), sequentialSeconds, slice.size() / sequentialSeconds,
                (SERIES / seconds) / (slice.size() / sequentialSeconds));
        System.out.printf("  methods chosen: %s%n", chosen);
    }

    /**
     * GPU-hour demand of a fleet of tenants: each series has its own level, growth (some flat,
     * some shrinking), weekly pattern (multiplicative or additive) and noise.
     */
    static List<ForecastRequest> syntheticFleet() {
        Random random = new Random(20240515L);
        List<ForecastRequest> requests = new ArrayList<>(SERIES);
        for (int s = 0; s < SERIES; s++) {
            double level = 500 + 4_500 * random.nextDouble();
            double growth = (random.nextDouble() - 0.3) * level / 1_000;
            double amplitude = 0.05 + 0.25 * random.nextDouble();
            boolean multiplicative = random.nextBoolean();
            double noise = 0.01 + 0.05 * random.nextDouble();
            double[] weekly = new double[SEASON];
            for (int d = 0; d < SEASON; d++) {
                weekly[d] = Math.sin(2 * Math.PI * d / SEASON + random.nextDouble() * 0.5);
            }
            double[] y = new double[LENGTH];
            for (int t = 0; t < LENGTH; t++) {
                double base = Math.max(50, level + growth * t);
                double seasonal = multiplicative ? base * amplitude * weekly[t % SEASON] : level * amplitude * weekly[t % SEASON];
                y[t] = Math.max(1, base + seasonal + base * noise * random.nextGaussian());
            }
            requests.add(new ForecastRequest(y, Period.DAY, SEASON, HORIZON, MethodChoice.AUTO));
        }
        return requests;
    }
}
