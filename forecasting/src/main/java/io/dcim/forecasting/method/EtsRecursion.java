package io.dcim.forecasting.method;

/**
 * The ETS recursions in error-correction form, as R's {@code forecast} package computes them
 * (etscalc/etsupdate): with q = l + phi·b the level-plus-trend forecast and s the seasonal state
 * of the phase,
 * <pre>
 *   mu = q (+ s | · s)                      one-step forecast
 *   e  = y - mu  (A error)  | (y - mu)/mu (M error)
 *   l' = q + alpha (p - q),      p = y (- s | / s)
 *   b' = phi b + (beta/alpha)(l' - l - phi b)
 *   s' = s + gamma (t - s),      t = y - q | y / q
 * </pre>
 * The update is the same for both error types; only the likelihood differs. Concentrated
 * -2 log-likelihood (R's {@code lik}): n log(sum e^2) + 2 sum log|mu| for multiplicative errors.
 */
final class EtsRecursion {

    /** Guards the divisions in multiplicative models; a state below it is inadmissible. */
    private static final double TINY = 1e-10;

    private EtsRecursion() {
    }

    /** Outcome of one pass: the -2 log-likelihood (infinite if inadmissible), SSE and end state. */
    record Pass(double lik, double sumSquaredErrors, int count, double level, double slope, double[] season) {
    }

    /**
     * Runs the recursion over all of y from the initial state. {@code p} = {alpha, beta, gamma, phi};
     * {@code season} is copied. With {@code keepState} false only the likelihood is meaningful.
     */
    static Pass run(EtsSpec spec, double[] y, int m, EtsState initial, double[] p, double[] residuals) {
        double alpha = p[0];
        double betaStar = spec.hasTrend() ? p[1] / alpha : 0;
        double gamma = p[2];
        double phi = spec.damped() ? p[3] : 1;
        boolean trend = spec.hasTrend();
        EtsSpec.Season seasonType = spec.season();
        boolean multError = spec.multiplicativeError();
        double l = initial.level();
        double b = trend ? initial.slope() : 0;
        double[] s = initial.seasonUnsafe().clone();
        double sse = 0;
        double sumLog = 0;
        // The product of the forecasts, logged only when it nears the double range: one log per
        // hundreds of steps instead of one per step (a log costs as much as the rest of a step).
        double product = 1;
        int n = y.length;
        for (int t = 0; t < n; t++) {
            int phase = m > 1 ? t % m : 0;
            double sp = s.length == 0 ? 0 : s[phase];
            double phib = trend ? phi * b : 0;
            double q = l + phib;
            double mu;
            double pp;
            switch (seasonType) {
                case ADDITIVE -> {
                    mu = q + sp;
                    pp = y[t] - sp;
                }
                case MULTIPLICATIVE -> {
                    if (sp < TINY) {
                        return inadmissible();
                    }
                    mu = q * sp;
                    pp = y[t] / sp;
                }
                default -> {
                    mu = q;
                    pp = y[t];
                }
            }
            double e;
            if (multError) {
                if (mu < TINY) {
                    return inadmissible();
                }
                e = (y[t] - mu) / mu;
                product *= mu;
                if (product > 1e200 || product < 1e-200) {
                    sumLog += Math.log(product);
                    product = 1;
                }
            } else {
                e = y[t] - mu;
            }
            if (residuals != null) {
                residuals[t] = e;
            }
            sse += e * e;
            double lNew = q + alpha * (pp - q);
            if (trend) {
                b = phib + betaStar * (lNew - l - phib);
            }
            if (seasonType == EtsSpec.Season.ADDITIVE) {
                s[phase] = sp + gamma * (y[t] - q - sp);
            } else if (seasonType == EtsSpec.Season.MULTIPLICATIVE) {
                if (q < TINY) {
                    return inadmissible();
                }
                s[phase] = sp + gamma * (y[t] / q - sp);
            }
            l = lNew;
        }
        if (!(sse > 0) || !Double.isFinite(sse)) {
            // A perfect fit (sse = 0) has an unbounded likelihood; keep it finite and best.
            sse = Double.isFinite(sse) ? Math.max(sse, 1e-300) : Double.NaN;
            if (Double.isNaN(sse)) {
                return inadmissible();
            }
        }
        sumLog += Math.log(product);
        double lik = n * Math.log(sse) + 2 * sumLog;
        return new Pass(lik, sse, n, l, b, s);
    }

    private static Pass inadmissible() {
        return new Pass(Double.POSITIVE_INFINITY, Double.NaN, 0, Double.NaN, Double.NaN, new double[0]);
    }
}
