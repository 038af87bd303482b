package io.dcim.forecasting.method;

import java.util.Arrays;

/**
 * Classical moving-average decomposition, as R's {@code decompose()}: a centred moving average
 * of one season (a 2xm average for even m) estimates the trend; the seasonal figure is the mean
 * detrended value per phase, normalised to sum 0 (additive) or average 1 (multiplicative).
 * Holt-Winters uses it on its first two seasons to find start values.
 */
final class ClassicalDecomposition {

    private final double[] trend;
    private final double[] figure;

    private ClassicalDecomposition(double[] trend, double[] figure) {
        this.trend = trend;
        this.figure = figure;
    }

    static ClassicalDecomposition of(double[] x, int m, boolean multiplicative) {
        double[] trend = centredMovingAverage(x, m);
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(trend[i])) {
                sum[i % m] += multiplicative ? x[i] / trend[i] : x[i] - trend[i];
                count[i % m]++;
            }
        }
        double[] figure = new double[m];
        double mean = 0;
        for (int j = 0; j < m; j++) {
            figure[j] = sum[j] / count[j];
            mean += figure[j] / m;
        }
        for (int j = 0; j < m; j++) {
            figure[j] = multiplicative ? figure[j] / mean : figure[j] - mean;
        }
        return new ClassicalDecomposition(trend, figure);
    }

    /** The trend, NaN where the centred window runs off either end. */
    double[] trend() {
        return trend.clone();
    }

    /** The seasonal figure per phase 0..m-1 (phase = index mod m). */
    double[] figure() {
        return figure.clone();
    }

    /** Trend values where defined, in order. */
    double[] definedTrend() {
        return Arrays.stream(trend).filter(v -> !Double.isNaN(v)).toArray();
    }

    static double[] centredMovingAverage(double[] x, int m) {
        double[] out = new double[x.length];
        Arrays.fill(out, Double.NaN);
        int half = m / 2;
        boolean even = m % 2 == 0;
        for (int i = half; i < x.length - half; i++) {
            double s = 0;
            for (int k = -half; k <= half; k++) {
                double w = even && Math.abs(k) == half ? 0.5 : 1.0;
                s += w * x[i + k];
            }
            out[i] = s / m;
        }
        return out;
    }
}
