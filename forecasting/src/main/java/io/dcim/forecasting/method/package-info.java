/**
 * Forecasting methods over a plain {@code double[]} series with a season length m, each fitted into
 * a {@link io.dcim.forecasting.method.FittedModel} that gives point forecasts and prediction
 * intervals at any level. The automatic candidates are {@link io.dcim.forecasting.method.Ets} (the
 * ETS state-space family by maximum likelihood and AICc), {@link io.dcim.forecasting.method.Theta}
 * and their {@link io.dcim.forecasting.method.CombinedModel}, fitted together by
 * {@link io.dcim.forecasting.method.AutomaticCandidates}; Holt-Winters, damped trend, linear trend and
 * seasonal naive remain available by name. Parameters are fitted with Commons Math's Nelder-Mead;
 * the recurrences themselves are implemented here.
 */
package io.dcim.forecasting.method;
