package io.dcim.forecasting.method;

/**
 * Whether a series is seasonal at lag m, as R's {@code thetaf()} decides: the autocorrelation at
 * lag m exceeds the 90% one-sided limit 1.645·sqrt((1 + 2 sum_{k<m} r_k^2)/n).
 */
final class SeasonalityTest {

    private SeasonalityTest() {
    }

    static boolean isSeasonal(double[] y, int m) {
        int n = y.length;
        if (m < 2 || n < 2 * m) {
            return false;
        }
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double c0 = 0;
        for (double v : y) {
            c0 += (v - mean) * (v - mean);
        }
        if (c0 == 0) {
            return false;
        }
        double sumSquares = 0;
        double rm = 0;
        for (int k = 1; k <= m; k++) {
            double ck = 0;
            for (int t = k; t < n; t++) {
                ck += (y[t] - mean) * (y[t - k] - mean);
            }
            double r = ck / c0;
            if (k < m) {
                sumSquares += r * r;
            } else {
                rm = r;
            }
        }
        double limit = 1.6448536269514722 * Math.sqrt((1 + 2 * sumSquares) / n);
        return Math.abs(rm) > limit;
    }
}
