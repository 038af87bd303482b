package io.dcim.forecasting;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.text.Fields;
import io.dcim.forecasting.backtest.ErrorMetric;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the automatic choice goes by. The three cross-validation errors compare every candidate
 * family (Theta, ETS, their combination) on forecasts of held-out stretches; AICc compares only
 * the exponential-smoothing forms, on their fit to the whole series, as R's {@code ets()} does:
 * no backtest, so it is several times faster, but it cannot weigh Theta or the combination,
 * whose likelihoods are not comparable with ETS's.
 */
public enum Criterion {
    MASE(ErrorMetric.MASE),
    SMAPE(ErrorMetric.SMAPE),
    MAPE(ErrorMetric.MAPE),
    AICC(null);

    private final ErrorMetric metric;

    Criterion(ErrorMetric metric) {
        this.metric = metric;
    }

    /** The cross-validation error this criterion minimises; empty for AICc. */
    public Optional<ErrorMetric> metric() {
        return Optional.ofNullable(metric);
    }

    /** The name requests use and answers show: {@code mase}, {@code smape}, {@code mape}, {@code aicc}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Criterion of(ErrorMetric metric) {
        return metric == null ? MASE : valueOf(metric.name());
    }

    /** Parses {@link #id()} in any case; refuses anything else naming {@code field}. */
    public static Criterion parse(String field, String text) {
        String wanted = text == null ? "" : text.trim();
        for (Criterion c : values()) {
            if (c.id().equalsIgnoreCase(wanted)) {
                return c;
            }
        }
        throw new InvalidValueException(field, Message.of("forecasting.criterion.unknown", Fields.excerpt(text),
                Arrays.stream(values()).map(Criterion::id).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return id();
    }
}
