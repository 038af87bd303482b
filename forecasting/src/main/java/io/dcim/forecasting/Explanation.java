package io.dcim.forecasting;

import io.dcim.common.error.Message;
import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.backtest.ErrorMetric;
import io.dcim.forecasting.method.EtsModel;
import io.dcim.forecasting.method.MethodName;

import java.util.List;
import java.util.Map;

/**
 * The one sentence that says why a method was chosen, in terms a manager reads without a glossary:
 * a {@link Message} ({@code forecasting.explanation.*}), so each door words it in its reader's language.
 */
final class Explanation {

    private Explanation() {
    }

    static Message automatic(MethodName chosen, String model, ErrorMetric metric, Map<MethodName, BacktestErrors> errors,
                             int origins, int window) {
        BacktestErrors won = errors.get(chosen);
        List<Message> others = errors.entrySet().stream()
                .filter(e -> e.getKey() != chosen && !Double.isNaN(e.getValue().value(metric)))
                .map(e -> Message.of("forecasting.explanation.other", number(metric, e.getValue().value(metric)),
                        e.getKey().id()))
                .toList();
        Message how = describe(metric, won.value(metric));
        return others.isEmpty()
                ? Message.of("forecasting.explanation.automatic", chosen.id(), model, origins, window, how)
                : Message.of("forecasting.explanation.automaticAgainst", chosen.id(), model, origins, window, how,
                        series(others));
    }

    /** AICc is a score of fit that charges for every parameter, so a richer form must fit clearly better to win. */
    static Message byAicc(String model, List<EtsModel> formsBestFirst) {
        EtsModel best = formsBestFirst.get(0);
        return formsBestFirst.size() < 2
                ? Message.of("forecasting.explanation.byAicc", model, best.aicc())
                : Message.of("forecasting.explanation.byAiccNext", model, best.aicc(),
                        formsBestFirst.get(1).description(), formsBestFirst.get(1).aicc());
    }

    static Message named(MethodName chosen, String model) {
        return Message.of("forecasting.explanation.named", chosen.id(), model);
    }

    /** Nothing could be compared on past stretches (too short a series), so the safe default stands. */
    static Message fallback(MethodName chosen, String model) {
        return Message.of("forecasting.explanation.fallback", chosen.id(), model);
    }

    private static Message number(ErrorMetric metric, double value) {
        return Message.of(metric == ErrorMetric.MASE ? "forecasting.explanation.ratio" : "forecasting.explanation.percent",
                value);
    }

    private static Message describe(ErrorMetric metric, double value) {
        return switch (metric) {
            case MASE -> Message.of("forecasting.explanation.offByMase", value);
            case SMAPE, MAPE -> Message.of("forecasting.explanation.offByPercent", value);
        };
    }

    /** "a, b, c" in the reader's punctuation: each item after the first joined by {@code forecasting.explanation.and}. */
    private static Message series(List<Message> items) {
        Message joined = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            joined = Message.of("forecasting.explanation.and", items.get(i), joined);
        }
        return joined;
    }
}
