package io.dcim.forecasting.bench;

import io.dcim.forecasting.Criterion;
import io.dcim.forecasting.ForecastRequest;
import io.dcim.forecasting.ForecastResult;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.Period;
import io.dcim.testing.BenchScale;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Forecast speed of the automatic choice over 1,000 series of each kind the API forecasts most:
 * monthly (ten years, a yearly season, 18 months ahead, as the capacity plan's history) and
 * half-hourly (three weeks of power, daily and weekly seasons, a day ahead, as a cabinet's draw),
 * by cross-validation (MASE) and by AICc. Prints series per second on all cores, and the CPU time
 * per series on one thread, which other builds on a shared machine inflate far less than wall time.
 * {@code mvn -B -q -Pbench-forecasting -DskipTests -Ddcim.bench=speed -pl forecasting -am verify}.
 */
final class SpeedBenchmark {

    private static final int SERIES = BenchScale.pick(1_000, 10);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SpeedBenchmark() {
    }

    static void run() {
        System.out.printf("forecast speed: %d series of each kind, AUTO, on %d cores%n", SERIES,
                Runtime.getRuntime().availableProcessors());
        for (Criterion criterion : new Criterion[] {Criterion.MASE, Criterion.AICC}) {
            measure("monthly, 120 points, m=12, h=18", monthly(criterion));
            measure("half-hourly, 1,008 points, m=48+336, h=96", halfHourly(criterion));
        }
    }

    private static void measure(String kind, List<ForecastRequest> requests) {
        Forecaster forecaster = new Forecaster();
        // JIT warm-up on a slice, so the timing is of compiled recursions.
        forecaster.forecastAll(requests.subList(0, Math.max(1, requests.size() / 10)));

        long start = System.nanoTime();
        List<ForecastResult> results = forecaster.forecastAll(requests);
        double seconds = (System.nanoTime() - start) / 1e9;

        List<ForecastRequest> slice = requests.subList(0, Math.max(1, requests.size() / 10));
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        slice.forEach(forecaster::forecast);
        double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6 / slice.size();

        Map<String, Integer> chosen = new TreeMap<>();
        results.forEach(r -> chosen.merge(r.method().id(), 1, Integer::sum));
        System.out.printf("  %-42s %-5s %7.2f s wall, %7.1f series/s; one thread %6.1f ms CPU/series; chosen %s%n",
                kind, requests.get(0).criterion().id(), seconds, requests.size() / seconds, cpuMs, chosen);
    }

    /** Monthly demand: level, growth (some shrinking), a yearly pattern additive or multiplicative, noise. */
    private static List<ForecastRequest> monthly(Criterion criterion) {
        Random random = new Random(20261206L);
        List<ForecastRequest> requests = new ArrayList<>(SERIES);
        for (int s = 0; s < SERIES; s++) {
            double level = 200 + 5_000 * random.nextDouble();
            double growth = (random.nextDouble() - 0.3) * level / 200;
            double amplitude = 0.05 + 0.3 * random.nextDouble();
            boolean multiplicative = random.nextBoolean();
            double phase = random.nextDouble() * 2 * Math.PI;
            double noise = 0.01 + 0.06 * random.nextDouble();
            double[] y = new double[120];
            for (int t = 0; t < y.length; t++) {
                double base = Math.max(20, level + growth * t);
                double season = Math.sin(2 * Math.PI * t / 12 + phase) * amplitude * (multiplicative ? base : level);
                y[t] = Math.max(1, base + season + base * noise * random.nextGaussian());
            }
            requests.add(new ForecastRequest(y, Period.MONTH, 12, 18, MethodChoice.AUTO, criterion, null));
        }
        return requests;
    }

    /** A cabinet's draw by the half-hour: a daily cycle, quieter weekends, slow drift, noise (W). */
    private static List<ForecastRequest> halfHourly(Criterion criterion) {
        Random random = new Random(20261207L);
        List<ForecastRequest> requests = new ArrayList<>(SERIES);
        for (int s = 0; s < SERIES; s++) {
            double level = 3_000 + 20_000 * random.nextDouble();
            double daily = (0.03 + 0.2 * random.nextDouble()) * level;
            double weekend = (random.nextDouble() * 0.2) * level;
            double drift = (random.nextDouble() - 0.5) * level / 5_000;
            double noise = (0.005 + 0.03 * random.nextDouble()) * level;
            double[] y = new double[48 * 21];
            for (int t = 0; t < y.length; t++) {
                double dayCycle = daily * Math.sin(2 * Math.PI * (t % 48 - 16) / 48);
                double week = (t / 48) % 7 >= 5 ? -weekend : 0;
                y[t] = Math.max(1, level + drift * t + dayCycle + week + noise * random.nextGaussian());
            }
            requests.add(new ForecastRequest(y, Period.HALF_HOUR, 48, 96, MethodChoice.AUTO, criterion, null));
        }
        return requests;
    }
}
