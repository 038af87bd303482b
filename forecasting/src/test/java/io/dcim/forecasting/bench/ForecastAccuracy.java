package io.dcim.forecasting.bench;

/**
 * Held-out accuracy of one forecast, as the M4 competition scores it: MASE scaled by the in-sample
 * seasonal-naive error, sMAPE in percent, and the share of actuals inside a prediction interval.
 * Kept apart from the engine's own backtest metrics so that the benchmark's yardstick cannot move
 * when the engine changes.
 */
final class ForecastAccuracy {

    private ForecastAccuracy() {
    }

    /**
     * Mean absolute error over the horizon divided by the in-sample mean absolute error of the
     * seasonal-naive forecast, (1/(n−m)) Σ_{t>m} |y_t − y_{t−m}| (Hyndman &amp; Koehler 2006; M4).
     * A training part no longer than one season is scaled by the naive (lag 1) error instead.
     * NaN when the training data never change (the scale is zero).
     */
    static double mase(double[] training, int seasonLength, double[] actual, double[] forecast) {
        requireSameLength(actual, forecast);
        double scale = seasonalNaiveMae(training, seasonLength);
        if (!(scale > 0)) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(actual[i] - forecast[i]);
        }
        return sum / actual.length / scale;
    }

    /** 200/h · Σ |y − ŷ| / (|y| + |ŷ|), in percent; a point where both are zero counts as exact. */
    static double smape(double[] actual, double[] forecast) {
        requireSameLength(actual, forecast);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double denominator = Math.abs(actual[i]) + Math.abs(forecast[i]);
            sum += denominator == 0 ? 0 : Math.abs(actual[i] - forecast[i]) / denominator;
        }
        return 200 * sum / actual.length;
    }

    /** The share (0–1) of actuals within [lower, upper], bounds included. */
    static double coverage(double[] actual, double[] lower, double[] upper) {
        requireSameLength(actual, lower);
        requireSameLength(actual, upper);
        int inside = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] >= lower[i] && actual[i] <= upper[i]) {
                inside++;
            }
        }
        return (double) inside / actual.length;
    }

    static double seasonalNaiveMae(double[] training, int seasonLength) {
        int lag = training.length > seasonLength ? seasonLength : 1;
        double sum = 0;
        for (int t = lag; t < training.length; t++) {
            sum += Math.abs(training[t] - training[t - lag]);
        }
        return sum / (training.length - lag);
    }

    private static void requireSameLength(double[] actual, double[] other) {
        if (actual.length == 0 || other.length != actual.length) {
            throw new IllegalArgumentException("expected " + actual.length + " forecast values (one per held-out point),"
                    + " got " + other.length);
        }
    }
}
