package io.dcim.forecasting.method;

import java.util.function.IntToDoubleFunction;

/**
 * Forecast variances of linear innovations state-space models (Hyndman, Koehler, Ord &amp; Snyder,
 * "Forecasting with Exponential Smoothing", 2008, ch. 6; Hyndman &amp; Athanasopoulos, FPP 3rd ed.,
 * section 8.7): for a model whose h-step forecast error is e[T+h] + sum_{j=1}^{h-1} c_j e[T+h-j]
 * with independent N(0, sigma^2) innovations,
 * <pre>  var_h = sigma^2 * (1 + sum_{j=1}^{h-1} c_j^2)</pre>
 * The closed forms in FPP's table (e.g. ETS(A,A,N): sigma^2[1 + (h-1){a^2 + a b h + b^2 h(2h-1)/6}])
 * are this sum evaluated; summing directly covers every model with one routine.
 */
final class InnovationsVariance {

    private InnovationsVariance() {
    }

    /** Standard deviations for h = 1..horizon given sigma^2 and the weights c_j (j >= 1). */
    static double[] standardDeviations(double sigma2, int horizon, IntToDoubleFunction weight) {
        double[] sd = new double[horizon];
        double sum = 1.0;
        for (int h = 1; h <= horizon; h++) {
            sd[h - 1] = Math.sqrt(sigma2 * sum);
            double c = weight.applyAsDouble(h);
            sum += c * c;
        }
        return sd;
    }
}
