package io.dcim.forecasting.method;

/**
 * Holt-Winters filtered to the end of a series: the final level {@code a}, trend {@code b} and
 * the seasonals for the next m steps, as R reports them in {@code coefficients}.
 *
 * <p>Prediction intervals. Additive: R's recursions are the linear innovations model ETS(A,A,A)
 * with alpha_ets = alpha, beta_ets = alpha*beta and gamma_ets = gamma*(1-alpha) (substitute the
 * level update into the trend and seasonal updates), so var_h = sigma^2 (1 + sum_{j<h} c_j^2) with
 * c_j = alpha_ets + j*beta_ets + gamma_ets*[j mod m = 0] (FPP3 table 8.8, ETS(A,A,A) row), sigma^2
 * being the mean squared one-step error. Multiplicative: no closed form exists for this class
 * (Hyndman et al. 2008, ch. 6, "class 3"); we use the usual approximation of the same weights
 * applied to relative errors: sd_h = |yhat_h| * sigma_rel * sqrt(1 + sum c_j^2), with sigma_rel^2 the
 * mean squared relative one-step error e/yhat. Intervals are Gaussian.
 */
public final class HoltWintersModel implements FittedModel {

    private final boolean multiplicative;
    private final int m;
    private final int length;
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double level;
    private final double trend;
    /** Seasonal per phase (phase = index mod m), as last updated. */
    private final double[] seasonalByPhase;
    private final double sse;
    private final double sigma2;

    private HoltWintersModel(boolean multiplicative, int m, int length, double alpha, double beta, double gamma,
                             double level, double trend, double[] seasonalByPhase, double sse, double sigma2) {
        this.multiplicative = multiplicative;
        this.m = m;
        this.length = length;
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.level = level;
        this.trend = trend;
        this.seasonalByPhase = seasonalByPhase;
        this.sse = sse;
        this.sigma2 = sigma2;
    }

    /** The objective of the fit: sum of squared one-step errors, without building a model. */
    static double sumOfSquaredErrors(double[] y, int m, boolean multiplicative, double alpha, double beta, double gamma,
                                     HoltWintersStart start) {
        double sse = run(y, m, multiplicative, alpha, beta, gamma, start, start.seasonal().clone())[SSE];
        return Double.isFinite(sse) ? sse : Double.MAX_VALUE;
    }

    static HoltWintersModel filter(double[] y, int m, boolean multiplicative, double alpha, double beta, double gamma,
                                   HoltWintersStart start) {
        double[] s = start.seasonal().clone();
        double[] end = run(y, m, multiplicative, alpha, beta, gamma, start, s);
        int errors = y.length - m;
        double sigma2 = (multiplicative ? end[RELATIVE_SSE] : end[SSE]) / errors;
        return new HoltWintersModel(multiplicative, m, y.length, alpha, beta, gamma, end[LEVEL], end[TREND], s, end[SSE],
                sigma2);
    }

    private static final int LEVEL = 0;
    private static final int TREND = 1;
    private static final int SSE = 2;
    private static final int RELATIVE_SSE = 3;

    /**
     * The recursion itself, for the fit (the error only) and the filter (the end state too): runs over y[m..] from
     * {@code start}, updating the seasonal indices {@code s} in place; answers {level, trend, sse, relative sse}.
     */
    private static double[] run(double[] y, int m, boolean multiplicative, double alpha, double beta, double gamma,
                                HoltWintersStart start, double[] s) {
        double a = start.level();
        double b = start.trend();
        double sse = 0;
        double relativeSse = 0;
        for (int i = m; i < y.length; i++) {
            int phase = i % m;
            double st = s[phase];
            double x = y[i];
            double yhat = multiplicative ? (a + b) * st : a + b + st;
            double e = x - yhat;
            sse += e * e;
            relativeSse += (e / yhat) * (e / yhat);
            double aNew = multiplicative
                    ? alpha * (x / st) + (1 - alpha) * (a + b)
                    : alpha * (x - st) + (1 - alpha) * (a + b);
            b = beta * (aNew - a) + (1 - beta) * b;
            s[phase] = multiplicative
                    ? gamma * (x / aNew) + (1 - gamma) * st
                    : gamma * (x - aNew) + (1 - gamma) * st;
            a = aNew;
        }
        return new double[] {a, b, sse, relativeSse};
    }

    @Override
    public MethodName method() {
        return multiplicative ? MethodName.HOLT_WINTERS_MULTIPLICATIVE : MethodName.HOLT_WINTERS_ADDITIVE;
    }

    @Override
    public double[] parameters() {
        return new double[] {alpha, beta, gamma};
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    public double gamma() {
        return gamma;
    }

    /** Final level, R's coefficient {@code a}. */
    public double level() {
        return level;
    }

    /** Final trend, R's coefficient {@code b}. */
    public double trend() {
        return trend;
    }

    /** Seasonals for steps 1..m after the end, R's coefficients {@code s1..sm}. */
    public double[] seasonals() {
        double[] out = new double[m];
        for (int h = 1; h <= m; h++) {
            out[h - 1] = seasonalFor(h);
        }
        return out;
    }

    /** Sum of squared one-step errors over the fitted part (from index m on), R's {@code SSE}. */
    public double sumOfSquaredErrors() {
        return sse;
    }

    private double seasonalFor(int h) {
        return seasonalByPhase[(length + h - 1) % m];
    }

    @Override
    public double[] forecast(int horizon) {
        double[] f = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            double base = level + h * trend;
            f[h - 1] = multiplicative ? base * seasonalFor(h) : base + seasonalFor(h);
        }
        return f;
    }

    @Override
    public PredictionInterval interval(int horizon, double confidence) {
        double[] point = forecast(horizon);
        double alphaEts = alpha;
        double betaEts = alpha * beta;
        double gammaEts = gamma * (1 - alpha);
        double[] sd = InnovationsVariance.standardDeviations(sigma2, horizon,
                j -> alphaEts + j * betaEts + (j % m == 0 ? gammaEts : 0));
        if (multiplicative) {
            for (int i = 0; i < horizon; i++) {
                sd[i] *= Math.abs(point[i]);
            }
        }
        return PredictionInterval.gaussian(confidence, point, sd);
    }
}
