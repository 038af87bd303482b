package io.dcim.forecasting;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.backtest.CrossValidationPlan;
import io.dcim.forecasting.backtest.ErrorAccumulator;
import io.dcim.forecasting.backtest.ErrorMetric;
import io.dcim.forecasting.backtest.MethodSelector;
import io.dcim.forecasting.method.AutomaticCandidates;
import io.dcim.forecasting.method.FittedModel;
import io.dcim.forecasting.method.ForecastMethod;
import io.dcim.forecasting.method.MethodName;
import io.dcim.forecasting.method.Methods;
import io.dcim.forecasting.method.PredictionInterval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Forecasts one series: validates the request, compares the automatic candidates (Theta, ETS
 * chosen by AICc, and their combination with damped-trend ETS) by time-series cross-validation,
 * and forecasts with the winner (or the method named) fitted to the whole series. Stateless and
 * thread-safe; {@link #forecastAll} uses all cores.
 *
 * <p>No leakage: at every cross-validation origin each candidate is refitted, form selection by
 * AICc included, on the data before the origin only, from a cold start.
 *
 * <p>The older methods (seasonal naive, linear, damped, Holt-Winters) stay available by name and
 * are then cross-validated beside the candidates, but the automatic choice no longer considers
 * them: ETS contains damped trend and both Holt-Winters forms, and seasonal naive won on noise.
 * Seasonal naive is still cross-validated and reported as the baseline to beat.
 */
public final class Forecaster {

    public static final int MAX_HORIZON = 10_000;
    /** At most this many interval levels per request. */
    public static final int MAX_LEVELS = 10;

    public ForecastResult forecast(ForecastRequest request) {
        validate(request);
        double[] y = request.series();
        int m = request.seasonLength();
        int[] seasons = seasons(request.period(), m, y.length);
        CrossValidationPlan plan = CrossValidationPlan.forRequest(y.length, request.horizon());
        List<Message> notes = new ArrayList<>();
        MethodName named = request.method().method().orElse(null);
        if (named != null) {
            requireFittable(named, y, m);
        }
        if (seasons.length > 1 || m > io.dcim.forecasting.method.Ets.MAX_SEASON) {
            notes.add(Message.of("forecasting.note.seasonsRemoved", Arrays.toString(seasons)));
        }
        if (named == null && request.criterion() == Criterion.AICC) {
            return byInformationCriterion(request, seasons, notes);
        }

        int[] origins = plan.trainingLengths(y.length, minimumTraining(y.length, m, plan.horizon()));
        Map<MethodName, ErrorAccumulator> accumulators = new EnumMap<>(MethodName.class);
        boolean namedOutsideCandidates = named != null && !AutomaticCandidates.METHODS.contains(named);
        AutomaticCandidates.Fits previous = null;
        // Earliest origin first, so that each cut warm-starts from the one before (never after) it.
        for (int i = origins.length - 1; i >= 0; i--) {
            int t = origins[i];
            double[] training = Arrays.copyOf(y, t);
            int h = Math.min(plan.horizon(), y.length - t);
            double[] actual = Arrays.copyOfRange(y, t, t + h);
            previous = AutomaticCandidates.fit(training, seasons, previous);
            Map<MethodName, FittedModel> fits = new EnumMap<>(previous.models());
            if (namedOutsideCandidates && fittable(named, training, m)) {
                fits.put(named, Methods.of(named).fit(training, m));
            }
            // The baseline every candidate should beat, reported beside them but never chosen.
            fits.putIfAbsent(MethodName.SEASONAL_NAIVE, Methods.of(MethodName.SEASONAL_NAIVE).fit(training, m));
            fits.forEach((name, model) -> accumulators.computeIfAbsent(name, k -> new ErrorAccumulator())
                    .add(training, m, actual, model.forecast(h)));
        }
        Map<MethodName, BacktestErrors> errors = new EnumMap<>(MethodName.class);
        accumulators.forEach((name, acc) -> errors.put(name, acc.result()));

        MethodName chosen;
        MethodSelector.Selection selection = null;
        if (named != null) {
            chosen = named;
            if (!errors.containsKey(named)) {
                notes.add(Message.of("forecasting.note.namedNotValidated", named.id()));
            }
        } else {
            Map<MethodName, BacktestErrors> candidates = new EnumMap<>(errors);
            candidates.keySet().retainAll(AutomaticCandidates.METHODS);
            ErrorMetric metric = request.criterion().metric().orElseThrow();
            selection = MethodSelector.choose(candidates, metric).orElse(null);
            chosen = selection == null ? MethodName.COMBINATION : selection.method();
            if (selection == null) {
                notes.add(Message.of("forecasting.note.noOrigin"));
            } else if (selection.decidedBy() != metric) {
                notes.add(Message.of("forecasting.note.metricUndefined", String.valueOf(metric), String.valueOf(selection.decidedBy())));
            }
        }
        FittedModel model = AutomaticCandidates.METHODS.contains(chosen)
                ? AutomaticCandidates.fit(y, seasons, previous).get(chosen)
                : Methods.of(chosen).fit(y, m);
        int h = request.horizon();
        List<PredictionInterval> intervals = Arrays.stream(request.levels()).mapToObj(l -> model.interval(h, l)).toList();
        Message explanation = named != null ? Explanation.named(chosen, model.description())
                : selection == null ? Explanation.fallback(chosen, model.description())
                : Explanation.automatic(chosen, model.description(), selection.decidedBy(), errors,
                        origins.length, plan.horizon());
        return new ForecastResult(chosen, named == null, selection == null ? null : selection.decidedBy(),
                model.forecast(h), model.interval(h, 0.80), model.interval(h, 0.95), errors, notes,
                model.description(), model.namedParameters(), model.informationCriterion(), intervals, explanation,
                selection == null ? null : Criterion.of(selection.decidedBy()), seasons);
    }

    /**
     * AUTO by AICc: the exponential-smoothing form with the lowest AICc on the whole series, as
     * R's {@code ets()} chooses; no cross-validation, so no backtests to report.
     */
    private static ForecastResult byInformationCriterion(ForecastRequest request, int[] seasons, List<Message> notes) {
        AutomaticCandidates.Fits fits = AutomaticCandidates.fit(request.series(), seasons);
        FittedModel model = fits.get(MethodName.ETS);
        int h = request.horizon();
        List<PredictionInterval> intervals = Arrays.stream(request.levels()).mapToObj(l -> model.interval(h, l)).toList();
        Message explanation = Explanation.byAicc(model.description(), fits.etsForms());
        return new ForecastResult(MethodName.ETS, true, null, model.forecast(h), model.interval(h, 0.80),
                model.interval(h, 0.95), Map.of(), notes, model.description(), model.namedParameters(),
                model.informationCriterion(), intervals, explanation, Criterion.AICC, seasons);
    }

    /** Forecasts many series on all cores (the common fork-join pool), in request order. */
    public List<ForecastResult> forecastAll(List<ForecastRequest> requests) {
        return requests.parallelStream().map(this::forecast).toList();
    }

    /**
     * The season given first, then the period's longer seasons (a week for hourly data) that fit
     * twice into the series; a longer season seen only once cannot be told from a trend.
     */
    public static int[] seasons(Period period, int seasonLength, int length) {
        if (!period.subDaily()) {
            return new int[] {seasonLength};
        }
        return IntStream.concat(IntStream.of(seasonLength),
                        Arrays.stream(period.seasons()).filter(s -> s > seasonLength && length >= 2 * s))
                .distinct().toArray();
    }

    /**
     * Origins keep three seasons to train on when the series allows (the seasonal ETS start
     * values come from three seasons; with fewer the seasonal forms lose to their own parameter
     * count and the comparison favours whatever adjusts the season outside), else two seasons
     * plus two points; never fewer than one season plus two.
     */
    private static int minimumTraining(int n, int m, int window) {
        for (int wanted : new int[] {3 * m, 2 * m + 2}) {
            if (n - window >= wanted) {
                return wanted;
            }
        }
        return m + 2;
    }

    private static boolean fittable(MethodName name, double[] y, int m) {
        ForecastMethod<?> method = Methods.of(name);
        return method.accepts(y) && y.length >= method.minimumLength(m);
    }

    private static void requireFittable(MethodName name, double[] y, int m) {
        ForecastMethod<?> method = Methods.of(name);
        if (!method.accepts(y)) {
            throw new InvalidValueException("series", Message.of("forecasting.series.notPositive", name.id(),
                    firstNonPositive(y), String.valueOf(y[firstNonPositive(y)])));
        }
        if (y.length < method.minimumLength(m)) {
            throw new InvalidValueException("series", Message.of("forecasting.series.tooShortFor", name.id(), m,
                    method.minimumLength(m), y.length));
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

    /** The fewest points that leave m + 2 training points before the cross-validation window. */
    public static int minimumSeriesLength(int seasonLength, int horizon) {
        int n = seasonLength + 3;
        while (n - CrossValidationPlan.forRequest(n, horizon).horizon() < seasonLength + 2) {
            n++;
        }
        return n;
    }

    static void validate(ForecastRequest request) {
        if (request == null) {
            throw new InvalidValueException("request", Message.of("common.field.required"));
        }
        double[] y = request.series();
        if (y == null) {
            throw new InvalidValueException("series", Message.of("common.field.required"));
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new InvalidValueException("series", Message.of("forecasting.series.notFinite", i,
                        String.valueOf(y[i])));
            }
        }
        if (request.period() == null) {
            throw new InvalidValueException("period", Message.of("forecasting.request.periodRequired",
                    Arrays.toString(Period.values())));
        }
        if (request.method() == null) {
            throw new InvalidValueException("method", Message.of("forecasting.request.methodRequired"));
        }
        double[] levels = request.levels();
        if (levels.length == 0 || levels.length > MAX_LEVELS) {
            throw new InvalidValueException("levels", Message.of("forecasting.request.levelCount", MAX_LEVELS,
                    levels.length));
        }
        for (int i = 0; i < levels.length; i++) {
            if (!(levels[i] > 0 && levels[i] < 1)) {
                throw new InvalidValueException("levels", Message.of("forecasting.request.level", i,
                        String.valueOf(levels[i])));
            }
        }
        int m = request.seasonLength();
        if (m < 2) {
            throw new InvalidValueException("seasonLength", Message.of("forecasting.request.seasonLength", m));
        }
        if (y.length < m + 3) {
            throw new InvalidValueException("series", Message.of("forecasting.series.tooShortForSeason", y.length, m,
                    m + 3));
        }
        int h = request.horizon();
        int maxHorizon = Math.min(MAX_HORIZON, 3 * y.length);
        if (h < 1 || h > maxHorizon) {
            throw new InvalidValueException("horizon", Message.of("forecasting.request.horizon", maxHorizon,
                    MAX_HORIZON, h));
        }
        if (y.length < minimumSeriesLength(m, h)) {
            throw new InvalidValueException("series", Message.of("forecasting.series.tooShortForBacktest", y.length, m,
                    minimumSeriesLength(m, h)));
        }
    }
}
