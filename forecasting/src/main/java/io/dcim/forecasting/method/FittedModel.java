package io.dcim.forecasting.method;

/** A method fitted to one series: it forecasts from the end of that series. */
public interface FittedModel {

    MethodName method();

    /**
     * The fitted smoothing parameters (e.g. alpha, beta, gamma), empty for methods without any.
     * Passed back to {@link ForecastMethod#fit(double[], int, double[])} as a warm start.
     */
    default double[] parameters() {
        return new double[0];
    }

    /** The fitted form shown to people, e.g. {@code ETS(M,Ad,A)}; the method id by default. */
    default String description() {
        return method().id();
    }

    /** The fitted parameters by name (alpha, beta, gamma, phi, ...), in a stable order. */
    default java.util.Map<String, Double> namedParameters() {
        return java.util.Map.of();
    }

    /** The information criterion (AICc) the model was chosen by within its family, null if none. */
    default Double informationCriterion() {
        return null;
    }

    /** Point forecasts for steps 1..horizon after the end of the series. */
    double[] forecast(int horizon);

    /** The central prediction interval at {@code level} for steps 1..horizon. */
    PredictionInterval interval(int horizon, double level);
}
