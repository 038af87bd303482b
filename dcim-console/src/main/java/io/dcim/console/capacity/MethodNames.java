package io.dcim.console.capacity;

import io.dcim.console.power.ChartWords;
import io.dcim.forecasting.method.MethodName;
import java.util.Locale;

/**
 * The forecasting methods as people read them ("Holt-Winters, additive season"), in the plan form's choice, the
 * overview's method column and the backtest chart alike; their identifiers ({@code holt-winters-additive}) stay the
 * API's and the URL's. One bundle beside this class serves the components
 * and the charts, which Wicket's look-up does not reach.
 */
final class MethodNames {

    private MethodNames() {
    }

    /** The method's name; {@code null} is a plan held flat, with too little history to forecast. */
    static String of(MethodName method, Locale locale) {
        return ChartWords.of(MethodNames.class, locale).get(method == null ? "heldFlat" : method.name());
    }

    /** The choice that lets the engine pick the method with the lowest backtest error. */
    static String automatic(Locale locale) {
        return ChartWords.of(MethodNames.class, locale).get("auto");
    }
}
