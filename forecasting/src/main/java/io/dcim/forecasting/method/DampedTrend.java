package io.dcim.forecasting.method;

/**
 * Damped-trend exponential smoothing (Gardner &amp; McKenzie, 1985), non-seasonal:
 * <pre>
 *   l[t] = alpha y[t] + (1-alpha)(l[t-1] + phi b[t-1])
 *   b[t] = beta (l[t] - l[t-1]) + (1-beta) phi b[t-1]
 *   yhat[t+h] = l[t] + (phi + phi^2 + ... + phi^h) b[t]
 * </pre>
 * Start values: OLS line through the first k = clamp(2m, 4, n/2) points, y = a + b t for
 * t = 1..k; l[0] = a, b[0] = b, and the recursion runs over every point. Two full seasons keep
 * the season from biasing the start slope. alpha, beta in [0, 1] and phi in [0.8, 0.98] (the
 * range FPP recommends, so the trend always damps but not at once) minimise the one-step SSE.
 */
public final class DampedTrend implements ForecastMethod<DampedTrendModel> {

    static final double PHI_MIN = 0.8;
    static final double PHI_MAX = 0.98;
    private static final double[] LOWER = {0, 0, PHI_MIN};
    private static final double[] UPPER = {1, 1, PHI_MAX};
    private static final double[] COLD_START = {0.3, 0.1, 0.9};

    @Override
    public MethodName name() {
        return MethodName.DAMPED;
    }

    @Override
    public int minimumLength(int seasonLength) {
        return 8;
    }

    @Override
    public DampedTrendModel fit(double[] series, int seasonLength, double[] warmStart) {
        double[] start = startValues(series, seasonLength);
        double[] p = BoundedMinimizer.minimize(
                q -> DampedTrendModel.sumOfSquaredErrors(series, 0, start[0], start[1], q[0], q[1], q[2]),
                LOWER, UPPER, COLD_START, warmStart);
        return DampedTrendModel.filter(series, 0, start[0], start[1], p[0], p[1], p[2]);
    }

    /** {l0, b0} from the OLS line through the first points (see class comment). */
    static double[] startValues(double[] y, int seasonLength) {
        int k = Math.max(4, Math.min(2 * seasonLength, y.length / 2));
        k = Math.min(k, y.length);
        LeastSquaresLine line = LeastSquaresLine.of(y, k);
        return new double[] {line.intercept(), line.slope()};
    }
}
