/**
 * Power trends forecast by the engine: a site's IT load or a cabinet's draw, read from
 * power-cooling's published {@code PowerTrends} on a regular grid, forecast with the daily and
 * weekly seasons of sub-daily data and intervals at the levels asked for. Power-cooling cannot
 * depend on forecasting (forecasting depends on it), so the forecast lives here.
 */
package io.dcim.forecasting.power;
