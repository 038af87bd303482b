package io.dcim.forecasting.backtest;

/** The forecast-error measures reported by a backtest; lower is better for all three. */
public enum ErrorMetric {
    /** Mean absolute percentage error, in percent; undefined (NaN) if any actual value is 0. */
    MAPE,
    /** Symmetric MAPE, 100 · mean(2|e| / (|y| + |yhat|)), in percent (0..200). */
    SMAPE,
    /** Mean absolute scaled error: |e| over the in-sample seasonal-naive MAE of the training part. */
    MASE
}
