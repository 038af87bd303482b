package io.dcim.forecasting.method;

/**
 * A forecasting method that can be fitted to a series. Implementations are stateless.
 *
 * @param <M> the model a fit gives, so that callers holding the concrete method get its model's own accessors
 */
public interface ForecastMethod<M extends FittedModel> {

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
    M fit(double[] series, int seasonLength, double[] warmStart);

    default M fit(double[] series, int seasonLength) {
        return fit(series, seasonLength, null);
    }
}
