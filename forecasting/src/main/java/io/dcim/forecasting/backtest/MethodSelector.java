package io.dcim.forecasting.backtest;

import io.dcim.forecasting.method.MethodName;

import java.util.Map;
import java.util.Optional;

/**
 * Picks the method with the lowest backtest error. Ties go to the simpler method (the order of
 * {@link MethodName}). A method whose error is undefined under the metric (NaN, e.g. MAPE with a
 * zero actual) cannot win; if no method has a defined value, sMAPE, which is always defined,
 * decides instead.
 */
public final class MethodSelector {

    /** The winner and the metric that actually decided. */
    public record Selection(MethodName method, ErrorMetric decidedBy) {
    }

    private MethodSelector() {
    }

    public static Optional<Selection> choose(Map<MethodName, BacktestErrors> errors, ErrorMetric metric) {
        Optional<MethodName> best = lowest(errors, metric);
        if (best.isPresent()) {
            return Optional.of(new Selection(best.get(), metric));
        }
        return lowest(errors, ErrorMetric.SMAPE).map(m -> new Selection(m, ErrorMetric.SMAPE));
    }

    private static Optional<MethodName> lowest(Map<MethodName, BacktestErrors> errors, ErrorMetric metric) {
        MethodName best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        for (MethodName name : MethodName.values()) {
            BacktestErrors e = errors.get(name);
            if (e != null && !Double.isNaN(e.value(metric)) && e.value(metric) < bestValue) {
                best = name;
                bestValue = e.value(metric);
            }
        }
        return Optional.ofNullable(best);
    }
}
