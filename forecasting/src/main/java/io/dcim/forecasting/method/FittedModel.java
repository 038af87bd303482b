package io.dcim.forecasting.method;

/** A method fitted to one series: it forecasts from the end of that series. */
public interface FittedModel {

    MethodName method();

    /**
     * The fitted smoothing parameters (e.g. alpha, beta, gamma), empty for methods without any.
     * Passed back to {@link ForecastMethod#fit(double[], int, double[])} as a warm start.
     */
    double[] parameters();

    /** Point forecasts for steps 1..horizon after the end of the series. */
    double[] forecast(int horizon);

    /** The central prediction interval at {@code level} for steps 1..horizon. */
    PredictionInterval interval(int horizon, double level);
}
