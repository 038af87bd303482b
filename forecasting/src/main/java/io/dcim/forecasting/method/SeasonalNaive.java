package io.dcim.forecasting.method;

/**
 * The baseline: each future step repeats the value one season earlier, yhat[T+h] = y[T+h-m(k+1)]
 * with k = floor((h-1)/m).
 *
 * <p>Prediction interval (FPP3 section 5.5, benchmark methods): sd_h = sigma · sqrt(k + 1), with
 * sigma^2 the mean squared in-sample residual y[t] - y[t-m]. Gaussian.
 */
public final class SeasonalNaive implements ForecastMethod<SeasonalNaive.Model> {

    @Override
    public MethodName name() {
        return MethodName.SEASONAL_NAIVE;
    }

    @Override
    public int minimumLength(int seasonLength) {
        return seasonLength + 1;
    }

    @Override
    public Model fit(double[] series, int seasonLength, double[] warmStart) {
        int n = series.length;
        double sum = 0;
        for (int t = seasonLength; t < n; t++) {
            double r = series[t] - series[t - seasonLength];
            sum += r * r;
        }
        double[] lastSeason = java.util.Arrays.copyOfRange(series, n - seasonLength, n);
        return new Model(lastSeason, sum / (n - seasonLength));
    }

    /** The last season, repeated. */
    public static final class Model implements FittedModel {
        private final double[] lastSeason;
        private final double sigma2;

        private Model(double[] lastSeason, double sigma2) {
            this.lastSeason = lastSeason;
            this.sigma2 = sigma2;
        }

        /** Mean squared in-sample residual y[t] - y[t-m]. */
        public double residualVariance() {
            return sigma2;
        }

        @Override
        public MethodName method() {
            return MethodName.SEASONAL_NAIVE;
        }

        @Override
        public double[] forecast(int horizon) {
            int m = lastSeason.length;
            double[] f = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                f[h - 1] = lastSeason[(h - 1) % m];
            }
            return f;
        }

        @Override
        public PredictionInterval interval(int horizon, double confidence) {
            int m = lastSeason.length;
            double[] sd = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                sd[h - 1] = Math.sqrt(sigma2 * ((h - 1) / m + 1));
            }
            return PredictionInterval.gaussian(confidence, forecast(horizon), sd);
        }
    }
}
