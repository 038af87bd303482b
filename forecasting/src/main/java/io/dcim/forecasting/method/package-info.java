/**
 * Forecasting methods over a plain {@code double[]} series with a season length m: seasonal
 * Holt-Winters (additive and multiplicative, R {@code HoltWinters} conventions), Gardner-McKenzie
 * damped trend, OLS linear trend and the seasonal-naive baseline, each fitted into a
 * {@link io.dcim.forecasting.method.FittedModel} that gives point forecasts and 80%/95% prediction
 * intervals. Smoothing parameters are fitted by minimising the one-step-ahead squared error with
 * Commons Math's BOBYQA; the recurrences themselves are implemented here.
 */
package io.dcim.forecasting.method;
