package io.dcim.forecasting;

import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.backtest.ErrorMetric;
import io.dcim.forecasting.method.MethodName;
import io.dcim.forecasting.method.PredictionInterval;

import java.util.List;
import java.util.Map;

/**
 * A forecast and how it was chosen.
 *
 * @param method     the method that produced the forecast
 * @param automatic  true if chosen by backtest error, false if the caller named it
 * @param decidedBy  the backtest metric that decided an automatic choice (null if named)
 * @param point      point forecasts for steps 1..horizon
 * @param interval80 80% central prediction interval
 * @param interval95 95% central prediction interval
 * @param backtests  backtest errors of every method that could be backtested on this series
 * @param notes      plain-language remarks: methods left out and why, fallbacks taken
 */
public record ForecastResult(MethodName method, boolean automatic, ErrorMetric decidedBy, double[] point,
                             PredictionInterval interval80, PredictionInterval interval95,
                             Map<MethodName, BacktestErrors> backtests, List<String> notes) {

    public ForecastResult {
        point = point.clone();
        backtests = Map.copyOf(backtests);
        notes = List.copyOf(notes);
    }

    @Override
    public double[] point() {
        return point.clone();
    }
}
