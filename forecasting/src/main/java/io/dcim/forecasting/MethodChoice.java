package io.dcim.forecasting;

import io.dcim.forecasting.method.MethodName;

import java.util.Optional;

/** Either AUTO (pick by backtest error) or one named method the caller insists on. */
public final class MethodChoice {

    public static final MethodChoice AUTO = new MethodChoice(null);

    private final MethodName method;

    private MethodChoice(MethodName method) {
        this.method = method;
    }

    public static MethodChoice named(MethodName method) {
        if (method == null) {
            throw new IllegalArgumentException("method must not be null; use MethodChoice.AUTO");
        }
        return new MethodChoice(method);
    }

    /** Parses {@code auto} or a method identifier such as {@code holt-winters-additive}. */
    public static MethodChoice parse(String text) {
        if (text != null && text.trim().equalsIgnoreCase("auto")) {
            return AUTO;
        }
        return named(MethodName.fromId("method", text));
    }

    public boolean isAuto() {
        return method == null;
    }

    public Optional<MethodName> method() {
        return Optional.ofNullable(method);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MethodChoice other && other.method == method;
    }

    @Override
    public int hashCode() {
        return method == null ? 0 : method.hashCode();
    }

    @Override
    public String toString() {
        return method == null ? "auto" : method.id();
    }
}
