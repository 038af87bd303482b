package io.dcim.forecasting;

import io.dcim.forecasting.backtest.ErrorMetric;

/**
 * What to forecast. Validation happens in {@link Forecaster}, so that every problem is reported
 * with the field at fault.
 *
 * @param series       observations, oldest first
 * @param period       spacing of the observations
 * @param seasonLength observations per season (7 for days in a week, 12 for months in a year)
 * @param horizon      number of steps to forecast
 * @param method       AUTO or a named method
 * @param criterion    the backtest error AUTO minimises (MASE unless stated)
 */
public record ForecastRequest(double[] series, Period period, int seasonLength, int horizon,
                              MethodChoice method, ErrorMetric criterion) {

    public ForecastRequest {
        series = series == null ? null : series.clone();
        criterion = criterion == null ? ErrorMetric.MASE : criterion;
    }

    public ForecastRequest(double[] series, Period period, int seasonLength, int horizon, MethodChoice method) {
        this(series, period, seasonLength, horizon, method, ErrorMetric.MASE);
    }

    @Override
    public double[] series() {
        return series == null ? null : series.clone();
    }
}
