package io.dcim.forecasting.method;

/**
 * The straight line y = intercept + slope · t fitted by ordinary least squares to y[k] at t = k + 1
 * (k = 0..n-1), in closed form; with the mean of t and the sum of squared deviations of t, which the
 * regression's prediction interval needs.
 */
record LeastSquaresLine(double intercept, double slope, double meanT, double stt) {

    static LeastSquaresLine of(double[] y) {
        return of(y, y.length);
    }

    /** The line through the first {@code n} points only. */
    static LeastSquaresLine of(double[] y, int n) {
        double meanT = (n + 1) / 2.0;
        double meanY = 0;
        for (int k = 0; k < n; k++) {
            meanY += y[k] / n;
        }
        double sty = 0;
        double stt = 0;
        for (int k = 0; k < n; k++) {
            double dt = (k + 1) - meanT;
            sty += dt * (y[k] - meanY);
            stt += dt * dt;
        }
        double slope = sty / stt;
        return new LeastSquaresLine(meanY - slope * meanT, slope, meanT, stt);
    }

    /** The line at time t. */
    double at(double t) {
        return intercept + slope * t;
    }
}
