package io.dcim.forecasting.method;

import java.util.EnumMap;
import java.util.Map;

/** The method implementation behind each {@link MethodName}. */
public final class Methods {

    private static final Map<MethodName, ForecastMethod<?>> BY_NAME = new EnumMap<>(MethodName.class);

    static {
        BY_NAME.put(MethodName.SEASONAL_NAIVE, new SeasonalNaive());
        BY_NAME.put(MethodName.LINEAR, new LinearTrend());
        BY_NAME.put(MethodName.DAMPED, new DampedTrend());
        BY_NAME.put(MethodName.HOLT_WINTERS_ADDITIVE, HoltWinters.additive());
        BY_NAME.put(MethodName.HOLT_WINTERS_MULTIPLICATIVE, HoltWinters.multiplicative());
        BY_NAME.put(MethodName.THETA, new Theta());
        BY_NAME.put(MethodName.ETS, new Ets());
        BY_NAME.put(MethodName.COMBINATION, new Combination());
    }

    private Methods() {
    }

    public static ForecastMethod<?> of(MethodName name) {
        return BY_NAME.get(name);
    }
}
