package io.dcim.forecasting.method;

/**
 * Seasonal Holt-Winters with additive or multiplicative seasonality, in the parameterisation of
 * R's {@code stats::HoltWinters} (the seasonal update uses the new level):
 * <pre>
 *   additive:       a[t] = alpha (y[t] - s[t-m]) + (1-alpha)(a[t-1] + b[t-1])
 *                   b[t] = beta (a[t] - a[t-1]) + (1-beta) b[t-1]
 *                   s[t] = gamma (y[t] - a[t]) + (1-gamma) s[t-m]
 *                   yhat[t+h] = a[t] + h b[t] + s[t-m+1+(h-1) mod m]
 *   multiplicative: y - s becomes y / s, y - a becomes y / a, yhat = (a + h b) s
 * </pre>
 * Start values: {@link HoltWintersStart} (classical decomposition of the first two seasons).
 * alpha, beta, gamma in [0, 1] are chosen to minimise the sum of squared one-step-ahead errors
 * from the second season on, starting the search at (0.3, 0.1, 0.1) like R.
 */
public final class HoltWinters implements ForecastMethod<HoltWintersModel> {

    private static final double[] LOWER = {0, 0, 0};
    private static final double[] UPPER = {1, 1, 1};
    private static final double[] COLD_START = {0.3, 0.1, 0.1};

    private final boolean multiplicative;

    private HoltWinters(boolean multiplicative) {
        this.multiplicative = multiplicative;
    }

    public static HoltWinters additive() {
        return new HoltWinters(false);
    }

    public static HoltWinters multiplicative() {
        return new HoltWinters(true);
    }

    @Override
    public MethodName name() {
        return multiplicative ? MethodName.HOLT_WINTERS_MULTIPLICATIVE : MethodName.HOLT_WINTERS_ADDITIVE;
    }

    /** Two full seasons for the start values, then at least two points to learn from. */
    @Override
    public int minimumLength(int seasonLength) {
        return 2 * seasonLength + 2;
    }

    @Override
    public boolean accepts(double[] series) {
        if (!multiplicative) {
            return true;
        }
        for (double v : series) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public HoltWintersModel fit(double[] series, int seasonLength, double[] warmStart) {
        HoltWintersStart start = HoltWintersStart.fromFirstTwoSeasons(series, seasonLength, multiplicative);
        double[] p = BoundedMinimizer.minimize(
                q -> HoltWintersModel.sumOfSquaredErrors(series, seasonLength, multiplicative, q[0], q[1], q[2], start),
                LOWER, UPPER, COLD_START, warmStart);
        return HoltWintersModel.filter(series, seasonLength, multiplicative, p[0], p[1], p[2], start);
    }

    /** Filters with fixed parameters (no fitting), e.g. to reproduce a published run. */
    public HoltWintersModel withParameters(double[] series, int seasonLength, double alpha, double beta, double gamma) {
        HoltWintersStart start = HoltWintersStart.fromFirstTwoSeasons(series, seasonLength, multiplicative);
        return HoltWintersModel.filter(series, seasonLength, multiplicative, alpha, beta, gamma, start);
    }
}
