package io.dcim.forecasting.method;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Straight line by ordinary least squares, y = a + b t for t = 1..n, extrapolated.
 *
 * <p>Prediction interval: the textbook regression interval for a new observation,
 * yhat(t0) ± t_{n-2} · s · sqrt(1 + 1/n + (t0 - tbar)^2 / Stt), with s^2 = RSS / (n - 2).
 * It assumes independent residuals, so on autocorrelated (e.g. seasonal) data it is too narrow;
 * the backtest, not the interval, is what judges the method.
 */
public final class LinearTrend implements ForecastMethod<LinearTrend.Model> {

    @Override
    public MethodName name() {
        return MethodName.LINEAR;
    }

    @Override
    public int minimumLength(int seasonLength) {
        return 3;
    }

    @Override
    public Model fit(double[] series, int seasonLength, double[] warmStart) {
        int n = series.length;
        LeastSquaresLine line = LeastSquaresLine.of(series);
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = series[i] - line.at(i + 1);
            rss += r * r;
        }
        return new Model(n, line.intercept(), line.slope(), rss / (n - 2), line.meanT(), line.stt());
    }

    /** The fitted line. */
    public static final class Model implements FittedModel {
        private final int n;
        private final double intercept;
        private final double slope;
        private final double residualVariance;
        private final double meanT;
        private final double stt;

        private Model(int n, double intercept, double slope, double residualVariance, double meanT, double stt) {
            this.n = n;
            this.intercept = intercept;
            this.slope = slope;
            this.residualVariance = residualVariance;
            this.meanT = meanT;
            this.stt = stt;
        }

        public double intercept() {
            return intercept;
        }

        public double slope() {
            return slope;
        }

        /** s^2 = RSS / (n - 2). */
        public double residualVariance() {
            return residualVariance;
        }

        @Override
        public MethodName method() {
            return MethodName.LINEAR;
        }

        @Override
        public double[] forecast(int horizon) {
            double[] f = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                f[h - 1] = intercept + slope * (n + h);
            }
            return f;
        }

        @Override
        public PredictionInterval interval(int horizon, double confidence) {
            double t = new TDistribution(null, n - 2).inverseCumulativeProbability(0.5 + confidence / 2);
            double[] halfWidth = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                double d = (n + h) - meanT;
                halfWidth[h - 1] = t * Math.sqrt(residualVariance * (1 + 1.0 / n + d * d / stt));
            }
            return PredictionInterval.symmetric(confidence, forecast(horizon), halfWidth);
        }
    }
}
