/**
 * Rolling-origin backtests of the forecasting methods: each method is refitted on prefixes of
 * the series and its forecasts compared with the held-out values, giving MAPE, sMAPE and MASE
 * ({@link io.dcim.forecasting.backtest.BacktestErrors}); {@link io.dcim.forecasting.backtest.MethodSelector}
 * picks the method with the lowest error (MASE by default).
 */
package io.dcim.forecasting.backtest;
