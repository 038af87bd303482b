package io.dcim.forecasting.method;

/** A forecasting method that can be fitted to a series. Implementations are stateless. */
public interface ForecastMethod {

    MethodName name();

    /** The fewest points this method can be fitted to for season length {@code seasonLength}. */
    int minimumLength(int seasonLength);

    /** Whether the values are admissible (e.g. multiplicative seasonality needs positive data). */
    default boolean accepts(double[] series) {
        return true;
    }

    /**
     * Fits the method. {@code warmStart} (nullable) holds parameters of a fit to a closely
     * related series, e.g. the full series when fitting a backtest prefix; the optimizer then
     * starts there with a small trust region and a small evaluation budget.
     */
    FittedModel fit(double[] series, int seasonLength, double[] warmStart);

    default FittedModel fit(double[] series, int seasonLength) {
        return fit(series, seasonLength, null);
    }
}
