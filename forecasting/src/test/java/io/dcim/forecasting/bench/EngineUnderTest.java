package io.dcim.forecasting.bench;

import io.dcim.forecasting.ForecastRequest;
import io.dcim.forecasting.ForecastResult;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.Period;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The one place the benchmark calls the engine, through the same entry point as the API's
 * {@code POST /forecast}: {@link Forecaster#forecast} with an automatic choice and the benchmark's
 * horizon. When the engine's request grows (several seasons, finer periods, chosen levels), only
 * this class changes.
 */
final class EngineUnderTest {

    /**
     * CPU time of the calling thread: right while {@link Forecaster#forecast} works on the caller's
     * thread; should it ever fan out to a pool, this would undercount and wall time is the measure.
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Forecaster forecaster = new Forecaster();

    /** Forecasts the training part of a series; the model is the engine's choice, e.g. {@code holt-winters-additive}. */
    BenchForecast forecast(BenchSeries series) {
        ForecastRequest request = new ForecastRequest(series.training(), period(series.period()),
                series.shortestSeason(), series.horizon(), MethodChoice.AUTO);
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ForecastResult result = forecaster.forecast(request);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new BenchForecast(result.method().id(), seconds, cpuSeconds, result.point(),
                result.interval80().lower(), result.interval80().upper(),
                result.interval95().lower(), result.interval95().upper());
    }

    /**
     * Sub-daily series go in with their own period and the daily season as the season length: the
     * engine then adds the weekly season itself, as it does for the power series it forecasts.
     */
    private static Period period(String period) {
        return switch (period) {
            case "month" -> Period.MONTH;
            case "quarter" -> Period.QUARTER;
            case "week" -> Period.WEEK;
            case "hour" -> Period.HOUR;
            case "half-hour" -> Period.HALF_HOUR;
            default -> Period.DAY;
        };
    }
}
