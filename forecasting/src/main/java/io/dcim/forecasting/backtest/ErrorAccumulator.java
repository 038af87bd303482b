package io.dcim.forecasting.backtest;

/**
 * Sums forecast errors over several origins. MASE follows Hyndman &amp; Koehler (2006): every
 * absolute error is divided by the mean absolute error of the seasonal-naive one-step forecast
 * (lag m) on that origin's own training data, so origins with different histories compare fairly;
 * when the training part is no longer than one season, lag 1 (naive) is used instead.
 */
public final class ErrorAccumulator {

    private double sumPercentage;
    private double sumSymmetric;
    private double sumScaled;
    private boolean percentageUndefined;
    private boolean scaledUndefined;
    private int origins;
    private int points;

    /** Adds one origin: the training data it was fitted on, the actual future and the forecast. */
    public ErrorAccumulator add(double[] training, int seasonLength, double[] actual, double[] forecast) {
        if (actual.length != forecast.length) {
            throw new IllegalArgumentException("actual and forecast differ in length");
        }
        double scale = seasonalNaiveMae(training, seasonLength);
        for (int i = 0; i < actual.length; i++) {
            double error = Math.abs(actual[i] - forecast[i]);
            if (actual[i] == 0) {
                percentageUndefined = true;
            } else {
                sumPercentage += error / Math.abs(actual[i]);
            }
            double denominator = Math.abs(actual[i]) + Math.abs(forecast[i]);
            sumSymmetric += denominator == 0 ? 0 : 2 * error / denominator;
            if (scale == 0 || !Double.isFinite(scale)) {
                scaledUndefined = true;
            } else {
                sumScaled += error / scale;
            }
        }
        origins++;
        points += actual.length;
        return this;
    }

    public BacktestErrors result() {
        if (points == 0) {
            return new BacktestErrors(Double.NaN, Double.NaN, Double.NaN, 0, 0);
        }
        return new BacktestErrors(
                percentageUndefined ? Double.NaN : 100 * sumPercentage / points,
                100 * sumSymmetric / points,
                scaledUndefined ? Double.NaN : sumScaled / points,
                origins, points);
    }

    /** In-sample MAE of y[t] - y[t-lag], lag = m when the data hold more than one season, else 1. */
    static double seasonalNaiveMae(double[] training, int seasonLength) {
        int lag = training.length > seasonLength ? seasonLength : 1;
        double sum = 0;
        for (int t = lag; t < training.length; t++) {
            sum += Math.abs(training[t] - training[t - lag]);
        }
        return sum / (training.length - lag);
    }
}
