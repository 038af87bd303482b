package io.dcim.forecasting.backtest;

import io.dcim.forecasting.method.ForecastMethod;

import java.util.Arrays;

/**
 * Refits a method at each origin (on y[0..t)) and scores its forecast of y[t..t+h). Each refit
 * may start from the parameters of a fit to the whole series: neighbouring prefixes have nearly
 * the same optimum, so a warm start needs a fraction of the optimizer evaluations.
 */
public final class RollingOriginBacktest {

    private RollingOriginBacktest() {
    }

    public static BacktestErrors run(ForecastMethod method, double[] series, int seasonLength,
                                     int horizon, int[] trainingLengths, double[] warmStart) {
        ErrorAccumulator errors = new ErrorAccumulator();
        for (int t : trainingLengths) {
            int h = Math.min(horizon, series.length - t);
            double[] training = Arrays.copyOf(series, t);
            double[] actual = Arrays.copyOfRange(series, t, t + h);
            double[] forecast = method.fit(training, seasonLength, warmStart).forecast(h);
            errors.add(training, seasonLength, actual, forecast);
        }
        return errors.result();
    }
}
