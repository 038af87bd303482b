package io.dcim.forecasting;

import io.dcim.common.error.InvalidValueException;
import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.backtest.BacktestPlan;
import io.dcim.forecasting.backtest.MethodSelector;
import io.dcim.forecasting.backtest.RollingOriginBacktest;
import io.dcim.forecasting.method.FittedModel;
import io.dcim.forecasting.method.ForecastMethod;
import io.dcim.forecasting.method.MethodName;
import io.dcim.forecasting.method.Methods;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Forecasts one series: validates the request, backtests every method the series can support
 * on rolling origins, picks the lowest-error method (or the one named) and forecasts with it
 * fitted to the whole series. Stateless and thread-safe; {@link #forecastAll} uses all cores.
 *
 * <p>Short series degrade rather than fail: a method that needs more history than the series
 * holds before the first backtest origin (seasonal Holt-Winters needs two full seasons plus two
 * points) is left out of AUTO with a note, and multiplicative Holt-Winters is left out for data
 * that are not all positive. A method the caller names explicitly is not replaced silently: if it
 * cannot be fitted at all the request is refused with the reason.
 */
public final class Forecaster {

    public static final int MAX_HORIZON = 10_000;
    private static final double[] LEVELS = {0.80, 0.95};

    public ForecastResult forecast(ForecastRequest request) {
        validate(request);
        double[] y = request.series();
        int m = request.seasonLength();
        BacktestPlan plan = BacktestPlan.forRequest(y.length, request.horizon());
        int firstOriginTraining = y.length - plan.horizon();
        List<String> notes = new ArrayList<>();

        List<MethodName> backtested = new ArrayList<>();
        for (MethodName name : MethodName.values()) {
            ForecastMethod method = Methods.of(name);
            if (!method.accepts(y)) {
                notes.add(name.id() + " left out: it needs strictly positive values");
            } else if (firstOriginTraining < method.minimumLength(m)) {
                notes.add(name.id() + " left out: it needs " + method.minimumLength(m)
                        + " points before the first backtest origin, the series has " + firstOriginTraining
                        + (name.isSeasonal() && name != MethodName.SEASONAL_NAIVE
                            ? " (fewer than two full seasons of " + m + " plus two)" : ""));
            } else {
                backtested.add(name);
            }
        }
        MethodName named = request.method().method().orElse(null);
        if (named != null) {
            requireFittable(named, y, m);
        }

        int minimumTraining = backtested.stream().mapToInt(n -> Methods.of(n).minimumLength(m)).max().orElse(m + 2);
        int[] origins = plan.trainingLengths(y.length, Math.max(minimumTraining, m + 2));
        Map<MethodName, FittedModel> fits = new EnumMap<>(MethodName.class);
        Map<MethodName, BacktestErrors> errors = new EnumMap<>(MethodName.class);
        for (MethodName name : backtested) {
            ForecastMethod method = Methods.of(name);
            FittedModel full = method.fit(y, m);
            fits.put(name, full);
            errors.put(name, RollingOriginBacktest.run(method, y, m, plan.horizon(), origins, full.parameters()));
        }

        MethodName chosen;
        MethodSelector.Selection selection = null;
        if (named != null) {
            chosen = named;
            if (!errors.containsKey(named)) {
                notes.add(named.id() + " was named but could not be backtested on this series");
            }
        } else {
            selection = MethodSelector.choose(errors, request.criterion())
                    .orElseThrow(() -> new InvalidValueException("series", "no forecasting method can be backtested"));
            chosen = selection.method();
            if (selection.decidedBy() != request.criterion()) {
                notes.add(request.criterion() + " is undefined for this series; " + selection.decidedBy() + " decided");
            }
        }
        FittedModel model = fits.computeIfAbsent(chosen, n -> Methods.of(n).fit(y, m));
        int h = request.horizon();
        return new ForecastResult(chosen, named == null, selection == null ? null : selection.decidedBy(),
                model.forecast(h), model.interval(h, LEVELS[0]), model.interval(h, LEVELS[1]), errors, notes);
    }

    /** Forecasts many series on all cores (the common fork-join pool), in request order. */
    public List<ForecastResult> forecastAll(List<ForecastRequest> requests) {
        return requests.parallelStream().map(this::forecast).toList();
    }

    private static void requireFittable(MethodName name, double[] y, int m) {
        ForecastMethod method = Methods.of(name);
        if (!method.accepts(y)) {
            throw new InvalidValueException("series", name.id() + " needs strictly positive values; value at index "
                    + firstNonPositive(y) + " is " + y[firstNonPositive(y)]);
        }
        if (y.length < method.minimumLength(m)) {
            throw new InvalidValueException("series", "too short for " + name.id() + " with seasonLength " + m
                    + ": needs at least " + method.minimumLength(m) + " points, has " + y.length);
        }
    }

    private static int firstNonPositive(double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] > 0)) {
                return i;
            }
        }
        return -1;
    }

    /** The fewest points that leave m + 2 training points before the backtest window. */
    static int minimumSeriesLength(int seasonLength, int horizon) {
        int n = seasonLength + 3;
        while (n - BacktestPlan.forRequest(n, horizon).horizon() < seasonLength + 2) {
            n++;
        }
        return n;
    }

    static void validate(ForecastRequest request) {
        if (request == null) {
            throw new InvalidValueException("request", "is required");
        }
        double[] y = request.series();
        if (y == null) {
            throw new InvalidValueException("series", "is required");
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new InvalidValueException("series", "value at index " + i + " is " + y[i]
                        + "; fill gaps before forecasting");
            }
        }
        if (request.period() == null) {
            throw new InvalidValueException("period", "is required (DAY, WEEK, MONTH or QUARTER)");
        }
        if (request.method() == null) {
            throw new InvalidValueException("method", "is required (AUTO or a method name)");
        }
        int m = request.seasonLength();
        if (m < 2) {
            throw new InvalidValueException("seasonLength", "must be at least 2, was " + m);
        }
        if (y.length < m + 3) {
            throw new InvalidValueException("series", "too short: " + y.length + " points for a season of " + m
                    + "; needs at least " + (m + 3));
        }
        int h = request.horizon();
        int maxHorizon = Math.min(MAX_HORIZON, 3 * y.length);
        if (h < 1 || h > maxHorizon) {
            throw new InvalidValueException("horizon", "must be between 1 and " + maxHorizon
                    + " (three times the history, at most " + MAX_HORIZON + "), was " + h);
        }
        if (y.length < minimumSeriesLength(m, h)) {
            throw new InvalidValueException("series", "too short: " + y.length + " points cannot hold one season of "
                    + m + " plus two points of training and a backtest window; needs at least "
                    + minimumSeriesLength(m, h) + " points");
        }
    }
}
