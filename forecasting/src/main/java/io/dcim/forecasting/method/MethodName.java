package io.dcim.forecasting.method;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The forecasting methods the engine offers, under the identifiers users type. Declared from the
 * simplest to the richest: when two methods tie on backtest error the simpler one wins.
 */
public enum MethodName {
    SEASONAL_NAIVE("seasonal-naive", true),
    LINEAR("linear", false),
    DAMPED("damped", false),
    HOLT_WINTERS_ADDITIVE("holt-winters-additive", true),
    HOLT_WINTERS_MULTIPLICATIVE("holt-winters-multiplicative", true),
    /** Theta (SES with drift, Hyndman &amp; Billah 2003) on seasonally adjusted data. */
    THETA("theta", true),
    /** The exponential-smoothing state-space form with the lowest AICc. */
    ETS("ets", true),
    /** The mean of ETS, Theta and damped-trend ETS forecasts. */
    COMBINATION("combination", true);

    private final String id;
    private final boolean seasonal;

    MethodName(String id, boolean seasonal) {
        this.id = id;
        this.seasonal = seasonal;
    }

    /** The identifier used in requests and shown to users, e.g. {@code holt-winters-additive}. */
    public String id() {
        return id;
    }

    /** Whether the method models the season itself (and so needs the season length). */
    public boolean isSeasonal() {
        return seasonal;
    }

    /** Parses an identifier; {@code field} names the request field for the error message. */
    public static MethodName fromId(String field, String id) {
        for (MethodName name : values()) {
            if (name.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
                return name;
            }
        }
        throw new InvalidValueException(field, Message.of("forecasting.method.unknown", id,
                Arrays.stream(values()).map(MethodName::id).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return id;
    }
}
