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
        double[] halfWidth = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            halfWidth[i] = z * standardDeviation[i];
        }
        return symmetric(level, point, halfWidth);
    }

    /** The interval point ± halfWidth, step by step. */
    static PredictionInterval symmetric(double level, double[] point, double[] halfWidth) {
        double[] lo = new double[point.length];
        double[] hi = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            lo[i] = point[i] - halfWidth[i];
            hi[i] = point[i] + halfWidth[i];
        }
        return new PredictionInterval(level, lo, hi);
    }

    /**
     * Both bounds moved by the same monotone map per step (index 0 for h = 1), as a model that forecasts on an
     * adjusted scale puts its interval back on the series' own (adding a drift or a season back).
     */
    PredictionInterval mapBounds(StepMap map) {
        double[] lo = lower.clone();
        double[] hi = upper.clone();
        for (int i = 0; i < lo.length; i++) {
            lo[i] = map.apply(lo[i], i);
            hi[i] = map.apply(hi[i], i);
        }
        return new PredictionInterval(level, lo, hi);
    }

    /** A value at forecast step index {@code i} (0 for h = 1) mapped to another. */
    @FunctionalInterface
    interface StepMap {
        double apply(double value, int i);
    }
}
