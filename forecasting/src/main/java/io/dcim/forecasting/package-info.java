/**
 * The forecasting engine's façade: {@link io.dcim.forecasting.Forecaster} turns a
 * {@link io.dcim.forecasting.ForecastRequest} (a history, its period and season, a horizon and a
 * method or AUTO) into a {@link io.dcim.forecasting.ForecastResult} with point forecasts, 80%/95%
 * intervals and the backtest errors of every method considered. Methods live in
 * {@code .method}, backtests in {@code .backtest}, training-job sizing in {@code .training}.
 */
package io.dcim.forecasting;
