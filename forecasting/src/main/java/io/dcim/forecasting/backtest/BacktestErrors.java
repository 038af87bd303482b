package io.dcim.forecasting.backtest;

/**
 * Errors of one method over all backtest origins and steps.
 *
 * @param mape    percent, NaN when an actual value was 0
 * @param smape   percent
 * @param mase    scaled by each origin's in-sample seasonal-naive MAE; NaN if that MAE was 0
 * @param origins number of forecast origins
 * @param points  number of forecast/actual pairs compared
 */
public record BacktestErrors(double mape, double smape, double mase, int origins, int points) {

    public double value(ErrorMetric metric) {
        return switch (metric) {
            case MAPE -> mape;
            case SMAPE -> smape;
            case MASE -> mase;
        };
    }
}
