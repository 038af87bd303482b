package io.dcim.forecasting.method;

/**
 * One member of the exponential-smoothing state-space family (Hyndman, Koehler, Snyder &amp; Grose
 * 2002; Hyndman et al. 2008), written ETS(error, trend, season) as in R's {@code ets()}:
 * error A or M, trend N, A or Ad (damped), season N, A or M.
 */
public record EtsSpec(boolean multiplicativeError, Trend trend, Season season) {

    /** How the level grows between steps. */
    public enum Trend {
        NONE("N"), ADDITIVE("A"), DAMPED("Ad");

        final String code;

        Trend(String code) {
            this.code = code;
        }
    }

    /** How the seasonal pattern combines with level and trend. */
    public enum Season {
        NONE("N"), ADDITIVE("A"), MULTIPLICATIVE("M");

        final String code;

        Season(String code) {
            this.code = code;
        }
    }

    public boolean hasTrend() {
        return trend != Trend.NONE;
    }

    public boolean damped() {
        return trend == Trend.DAMPED;
    }

    public boolean seasonal() {
        return season != Season.NONE;
    }

    /**
     * Linear (class 1) models, additive error with no multiplicative part: their forecast
     * variance has the closed form of Hyndman et al. (2008, ch. 6); the rest are simulated.
     */
    public boolean linear() {
        return !multiplicativeError && season != Season.MULTIPLICATIVE;
    }

    /** Whether the model needs strictly positive data (a multiplicative part divides by it). */
    public boolean needsPositiveData() {
        return multiplicativeError || season == Season.MULTIPLICATIVE;
    }

    /** Smoothing parameters (alpha, beta, gamma) plus phi. */
    int smoothingParameterCount() {
        return 1 + (hasTrend() ? 1 : 0) + (seasonal() ? 1 : 0) + (damped() ? 1 : 0);
    }

    /**
     * Free parameters for the information criterion, as R's {@code ets()} counts them: smoothing
     * parameters, phi, the initial level, slope and m-1 seasonal states, and the error variance.
     */
    int parameterCount(int seasonLength) {
        return smoothingParameterCount() + 1 + (hasTrend() ? 1 : 0) + (seasonal() ? seasonLength - 1 : 0) + 1;
    }

    /** Parses {@code ETS(M,Ad,A)} or {@code M,Ad,A}. */
    public static EtsSpec parse(String text) {
        String s = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (s.startsWith("ETS(") && s.endsWith(")")) {
            s = s.substring(4, s.length() - 1);
        }
        String[] p = s.split(",");
        if (p.length != 3) {
            throw new IllegalArgumentException("expected ETS(error,trend,season), e.g. ETS(A,Ad,N): " + text);
        }
        Trend trend = switch (p[1].trim()) {
            case "N" -> Trend.NONE;
            case "A" -> Trend.ADDITIVE;
            case "AD" -> Trend.DAMPED;
            default -> throw new IllegalArgumentException("trend must be N, A or Ad: " + text);
        };
        Season season = switch (p[2].trim()) {
            case "N" -> Season.NONE;
            case "A" -> Season.ADDITIVE;
            case "M" -> Season.MULTIPLICATIVE;
            default -> throw new IllegalArgumentException("season must be N, A or M: " + text);
        };
        String error = p[0].trim();
        if (!error.equals("A") && !error.equals("M")) {
            throw new IllegalArgumentException("error must be A or M: " + text);
        }
        return new EtsSpec(error.equals("M"), trend, season);
    }

    @Override
    public String toString() {
        return "ETS(" + (multiplicativeError ? "M" : "A") + "," + trend.code + "," + season.code + ")";
    }
}
