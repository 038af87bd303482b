package io.dcim.forecasting;

import io.dcim.forecasting.backtest.ErrorMetric;

/**
 * What to forecast. Validation happens in {@link Forecaster}, so that every problem is reported
 * with the field at fault.
 *
 * @param series       observations, oldest first
 * @param period       spacing of the observations; sub-daily periods add their weekly season
 * @param seasonLength observations per season (7 for days in a week, 12 for months in a year)
 * @param horizon      number of steps to forecast
 * @param method       AUTO or a named method
 * @param criterion    what AUTO goes by: a backtest error (MASE unless stated) or AICc within the ETS family
 * @param levels       central prediction-interval levels, each strictly between 0 and 1 (80% and 95% unless stated)
 */
public record ForecastRequest(double[] series, Period period, int seasonLength, int horizon,
                              MethodChoice method, Criterion criterion, double[] levels) {

    /** The interval levels when none are asked for. */
    public static final double[] DEFAULT_LEVELS = {0.80, 0.95};

    public ForecastRequest {
        series = series == null ? null : series.clone();
        criterion = criterion == null ? Criterion.MASE : criterion;
        levels = levels == null ? DEFAULT_LEVELS.clone() : levels.clone();
    }

    public ForecastRequest(double[] series, Period period, int seasonLength, int horizon,
                           MethodChoice method, ErrorMetric criterion, double[] levels) {
        this(series, period, seasonLength, horizon, method, Criterion.of(criterion), levels);
    }

    public ForecastRequest(double[] series, Period period, int seasonLength, int horizon,
                           MethodChoice method, ErrorMetric criterion) {
        this(series, period, seasonLength, horizon, method, Criterion.of(criterion), null);
    }

    public ForecastRequest(double[] series, Period period, int seasonLength, int horizon, MethodChoice method) {
        this(series, period, seasonLength, horizon, method, Criterion.MASE, null);
    }

    @Override
    public double[] series() {
        return series == null ? null : series.clone();
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }
}
