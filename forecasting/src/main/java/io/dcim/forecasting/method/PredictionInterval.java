package io.dcim.forecasting.method;

/**
 * A central prediction interval per forecast step: {@code lower[h-1] <= y[T+h] <= upper[h-1]}
 * with probability {@code level} (0.80 or 0.95) under the method's error model.
 */
public record PredictionInterval(double level, double[] lower, double[] upper) {

    public PredictionInterval {
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("lower and upper bounds differ in length");
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** A symmetric Gaussian interval: point ± z(level) · sd. */
    static PredictionInterval gaussian(double level, double[] point, double[] standardDeviation) {
        double z = StandardNormal.upperQuantile(level);
        double[] lo = new double[point.length];
        double[] hi = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            lo[i] = point[i] - z * standardDeviation[i];
            hi[i] = point[i] + z * standardDeviation[i];
        }
        return new PredictionInterval(level, lo, hi);
    }
}
