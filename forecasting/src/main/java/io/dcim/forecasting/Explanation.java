package io.dcim.forecasting;

import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.backtest.ErrorMetric;
import io.dcim.forecasting.method.EtsModel;
import io.dcim.forecasting.method.MethodName;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The one sentence that says why a method was chosen, in terms a manager reads without a glossary. */
final class Explanation {

    private Explanation() {
    }

    static String automatic(MethodName chosen, String model, ErrorMetric metric, Map<MethodName, BacktestErrors> errors,
                            int origins, int window) {
        BacktestErrors won = errors.get(chosen);
        String others = errors.entrySet().stream()
                .filter(e -> e.getKey() != chosen && !Double.isNaN(e.getValue().value(metric)))
                .map(e -> number(metric, e.getValue().value(metric)) + " for " + e.getKey().id())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s (%s) was chosen because, forecasting %d past stretches of %d points "
                        + "from only the data before each, it was %s%s.", chosen.id(), model, origins, window,
                describe(metric, won.value(metric)), others.isEmpty() ? "" : ", against " + others);
    }

    /** AICc is a score of fit that charges for every parameter, so a richer form must fit clearly better to win. */
    static String byAicc(String model, List<EtsModel> formsBestFirst) {
        EtsModel best = formsBestFirst.get(0);
        String next = formsBestFirst.size() < 2 ? "" : String.format(Locale.ROOT, "; the next best, %s, scored %.1f",
                formsBestFirst.get(1).description(), formsBestFirst.get(1).aicc());
        return String.format(Locale.ROOT, "ets (%s) was chosen because it had the lowest AICc (%.1f) of the "
                        + "exponential-smoothing forms fitted to the whole series, a score of fit that charges for "
                        + "every extra parameter%s.", model, best.aicc(), next);
    }

    static String named(MethodName chosen, String model) {
        return String.format(Locale.ROOT, "%s (%s) was used because it was asked for.", chosen.id(), model);
    }

    private static String number(ErrorMetric metric, double value) {
        return metric == ErrorMetric.MASE ? String.format(Locale.ROOT, "%.2f", value)
                : String.format(Locale.ROOT, "%.1f%%", value);
    }

    private static String describe(ErrorMetric metric, double value) {
        return switch (metric) {
            case MASE -> String.format(Locale.ROOT, "off by %.2f times the error of repeating the last season", value);
            case SMAPE, MAPE -> String.format(Locale.ROOT, "off by %.1f%% on average", value);
        };
    }
}
