package io.dcim.forecasting.method;

/**
 * Damped trend filtered to the end of a series.
 *
 * <p>Prediction intervals: the recursions are ETS(A,Ad,N) with beta_ets = alpha*beta, whose
 * h-step error weights are c_j = alpha + beta_ets (phi + ... + phi^j) (FPP3 table 8.8 gives the
 * summed closed form), so var_h = sigma^2 (1 + sum_{j<h} c_j^2), sigma^2 the mean squared
 * one-step error. Gaussian intervals.
 */
public final class DampedTrendModel implements FittedModel {

    private final double alpha;
    private final double beta;
    private final double phi;
    private final double level;
    private final double trend;
    private final double sigma2;

    private DampedTrendModel(double alpha, double beta, double phi, double level, double trend, double sigma2) {
        this.alpha = alpha;
        this.beta = beta;
        this.phi = phi;
        this.level = level;
        this.trend = trend;
        this.sigma2 = sigma2;
    }

    static double sumOfSquaredErrors(double[] y, int first, double l0, double b0,
                                     double alpha, double beta, double phi) {
        double sse = run(y, first, l0, b0, alpha, beta, phi)[2];
        return Double.isFinite(sse) ? sse : Double.MAX_VALUE;
    }

    /**
     * Runs the recursion over y[first..] from the state (l0, b0) held after y[first-1]. Public so
     * that published runs with other start conventions (e.g. R's Holt: first = 2, l0 = y[1],
     * b0 = y[1] - y[0]) can be reproduced; phi = 1 gives Holt's linear method.
     */
    public static DampedTrendModel filter(double[] y, int first, double l0, double b0,
                                          double alpha, double beta, double phi) {
        double[] end = run(y, first, l0, b0, alpha, beta, phi);
        int errors = Math.max(1, y.length - first);
        return new DampedTrendModel(alpha, beta, phi, end[0], end[1], end[2] / errors);
    }

    /** The recursion itself, for the fit (the error only) and the filter (the end state too): {level, trend, sse}. */
    private static double[] run(double[] y, int first, double l0, double b0, double alpha, double beta, double phi) {
        double l = l0;
        double b = b0;
        double sse = 0;
        for (int i = first; i < y.length; i++) {
            double damped = phi * b;
            double e = y[i] - (l + damped);
            sse += e * e;
            double lNew = alpha * y[i] + (1 - alpha) * (l + damped);
            b = beta * (lNew - l) + (1 - beta) * damped;
            l = lNew;
        }
        return new double[] {l, b, sse};
    }

    @Override
    public MethodName method() {
        return MethodName.DAMPED;
    }

    @Override
    public double[] parameters() {
        return new double[] {alpha, beta, phi};
    }

    public double level() {
        return level;
    }

    public double trend() {
        return trend;
    }

    public double phi() {
        return phi;
    }

    @Override
    public double[] forecast(int horizon) {
        double[] f = new double[horizon];
        double phiSum = 0;
        double phiPower = 1;
        for (int h = 1; h <= horizon; h++) {
            phiPower *= phi;
            phiSum += phiPower;
            f[h - 1] = level + phiSum * trend;
        }
        return f;
    }

    @Override
    public PredictionInterval interval(int horizon, double confidence) {
        double betaEts = alpha * beta;
        double[] sd = InnovationsVariance.standardDeviations(sigma2, horizon, j -> {
            double phiSum = phi == 1 ? j : phi * (1 - Math.pow(phi, j)) / (1 - phi);
            return alpha + betaEts * phiSum;
        });
        return PredictionInterval.gaussian(confidence, forecast(horizon), sd);
    }
}
