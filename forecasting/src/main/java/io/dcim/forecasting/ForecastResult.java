package io.dcim.forecasting;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.backtest.ErrorMetric;
import io.dcim.forecasting.method.MethodName;
import io.dcim.forecasting.method.PredictionInterval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A forecast and how it was chosen.
 *
 * @param method               the method that produced the forecast
 * @param automatic            true if chosen by backtest error, false if the caller named it
 * @param decidedBy            the backtest metric that decided an automatic choice (null if named)
 * @param point                point forecasts for steps 1..horizon
 * @param interval80           80% central prediction interval
 * @param interval95           95% central prediction interval
 * @param backtests            cross-validation errors of every method compared on this series
 * @param remarks              plain-language remarks: methods left out and why, fallbacks taken, worded per
 *                             reader ({@link #notes(Locale)})
 * @param model                the fitted form, e.g. {@code ETS(M,Ad,A)}
 * @param parameters           the fitted model's parameters by name (alpha, beta, gamma, phi, ...)
 * @param informationCriterion AICc of the fitted form within its family, null for methods without one
 * @param intervals            central prediction intervals at the requested levels, in request order
 * @param why                  one sentence on why this method, for people who do not read MASE, worded per
 *                             reader ({@link #explanation(Locale)})
 * @param criterion            what decided an automatic choice (the backtest error that did, or AICc); null if named
 * @param seasons              the season lengths modelled, the one given first (48 and 336 for half-hours)
 */
public record ForecastResult(MethodName method, boolean automatic, ErrorMetric decidedBy, double[] point,
                             PredictionInterval interval80, PredictionInterval interval95,
                             Map<MethodName, BacktestErrors> backtests, List<Message> remarks,
                             String model, Map<String, Double> parameters, Double informationCriterion,
                             List<PredictionInterval> intervals, Message why, Criterion criterion,
                             int[] seasons) {

    public ForecastResult {
        point = point.clone();
        backtests = Map.copyOf(backtests);
        remarks = List.copyOf(remarks);
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
        intervals = intervals == null ? List.of() : List.copyOf(intervals);
        seasons = seasons.clone();
    }

    /** The remarks in English, as the log and the API's default read them. */
    public List<String> notes() {
        return notes(Locale.ROOT);
    }

    public List<String> notes(Locale locale) {
        return remarks.stream().map(m -> Messages.text(m, locale)).toList();
    }

    /** Why this method, in English. */
    public String explanation() {
        return explanation(Locale.ROOT);
    }

    public String explanation(Locale locale) {
        return Messages.text(why, locale);
    }

    @Override
    public int[] seasons() {
        return seasons.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }
}
