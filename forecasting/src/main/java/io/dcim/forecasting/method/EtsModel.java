package io.dcim.forecasting.method;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An ETS model fitted to a series, holding its state after the last observation.
 *
 * <p>Prediction intervals follow Hyndman et al. (2008): for the linear (class 1) models the
 * h-step variance is sigma^2 (1 + sum_{j<h} c_j^2) with c_j = alpha + beta·phi_j + gamma·[j mod m = 0]
 * and phi_j = phi + ... + phi^j (ch. 6); models with a multiplicative part have no usable closed
 * form, so their intervals are quantiles of {@value #PATHS} simulated future paths with Gaussian
 * innovations (ch. 6.1; R's {@code forecast.ets} does the same). The simulation is seeded from
 * the data, so the same request always gets the same interval. sigma^2 is the sum of squared
 * one-step errors (relative ones for multiplicative errors) over n minus the parameter count.
 */
public final class EtsModel implements FittedModel {

    /** Simulated paths per interval: the 2.5% quantile lands within about ±0.5 percentage points of its level. */
    static final int PATHS = 1_000;

    private final EtsSpec spec;
    private final int m;
    private final double[] p;
    private final EtsState end;
    private final double sigma2;
    private final double lik;
    private final int n;
    private final long seed;
    private double[][] simulatedSorted;
    private double[] unit;

    EtsModel(EtsSpec spec, int m, double[] p, EtsState end, double sumSquaredErrors, double lik, int n, long seed) {
        this.spec = spec;
        this.m = m;
        this.p = p.clone();
        this.end = end;
        int k = spec.parameterCount(m);
        this.sigma2 = sumSquaredErrors / Math.max(1, n - k);
        this.lik = lik;
        this.n = n;
        this.seed = seed;
    }

    /** Remembers the optimizer's coordinates, to warm-start a fit of the same form on a longer prefix. */
    EtsModel withUnit(double[] u) {
        this.unit = u.clone();
        return this;
    }

    double[] unit() {
        return unit == null ? null : unit.clone();
    }

    /** Points the model was fitted to. */
    int length() {
        return n;
    }

    public EtsSpec spec() {
        return spec;
    }

    @Override
    public MethodName method() {
        return MethodName.ETS;
    }

    /** The form, e.g. {@code ETS(M,Ad,A)}. */
    @Override
    public String description() {
        return spec.toString();
    }

    /** alpha, then beta, gamma and phi where the form has them. */
    @Override
    public double[] parameters() {
        return Arrays.stream(namedParameters().values().toArray(new Double[0])).mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public Map<String, Double> namedParameters() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("alpha", p[0]);
        if (spec.hasTrend()) {
            out.put("beta", p[1]);
        }
        if (spec.seasonal()) {
            out.put("gamma", p[2]);
        }
        if (spec.damped()) {
            out.put("phi", p[3]);
        }
        out.put("sigma2", sigma2);
        return out;
    }

    /** Akaike's criterion corrected for small samples, from R's concentrated likelihood. */
    public double aicc() {
        int k = spec.parameterCount(m);
        double aic = lik + 2 * k;
        return n - k - 1 > 0 ? aic + 2.0 * k * (k + 1) / (n - k - 1) : Double.POSITIVE_INFINITY;
    }

    @Override
    public Double informationCriterion() {
        return aicc();
    }

    public double aic() {
        return lik + 2 * spec.parameterCount(m);
    }

    public double sigma2() {
        return sigma2;
    }

    double phi() {
        return spec.damped() ? p[3] : 1;
    }

    @Override
    public double[] forecast(int horizon) {
        double[] f = new double[horizon];
        double phi = phi();
        double phiSum = 0;
        double phiPower = 1;
        double[] s = end.seasonUnsafe();
        for (int h = 1; h <= horizon; h++) {
            phiPower *= phi;
            phiSum += spec.damped() ? phiPower : 1;
            double q = end.level() + (spec.hasTrend() ? phiSum * end.slope() : 0);
            int phase = m > 1 ? (n + h - 1) % m : 0;
            f[h - 1] = switch (spec.season()) {
                case ADDITIVE -> q + s[phase];
                case MULTIPLICATIVE -> q * s[phase];
                default -> q;
            };
        }
        return f;
    }

    @Override
    public PredictionInterval interval(int horizon, double level) {
        if (spec.linear()) {
            double phi = phi();
            double[] sd = InnovationsVariance.standardDeviations(sigma2, horizon, j -> {
                double phiJ = !spec.hasTrend() ? 0 : spec.damped() ? phi * (1 - Math.pow(phi, j)) / (1 - phi) : j;
                return p[0] + (spec.hasTrend() ? p[1] * phiJ : 0)
                        + (spec.seasonal() && j % m == 0 ? p[2] : 0);
            });
            return PredictionInterval.gaussian(level, forecast(horizon), sd);
        }
        double[][] paths = simulated(horizon);
        double[] lo = new double[horizon];
        double[] hi = new double[horizon];
        double tail = (1 - level) / 2;
        for (int h = 0; h < horizon; h++) {
            lo[h] = quantile(paths[h], tail);
            hi[h] = quantile(paths[h], 1 - tail);
        }
        return new PredictionInterval(level, lo, hi);
    }

    /** Sorted simulated values per step, computed once for the longest horizon asked. */
    private synchronized double[][] simulated(int horizon) {
        if (simulatedSorted != null && simulatedSorted.length >= horizon) {
            return simulatedSorted;
        }
        double[][] out = new double[horizon][PATHS];
        SplittableRandom random = new SplittableRandom(seed);
        double sigma = Math.sqrt(sigma2);
        double alpha = p[0];
        double betaStar = spec.hasTrend() ? p[1] / alpha : 0;
        double gamma = p[2];
        double phi = phi();
        double[] s = new double[Math.max(1, m)];
        for (int path = 0; path < PATHS; path++) {
            double l = end.level();
            double b = end.slope();
            System.arraycopy(end.seasonUnsafe(), 0, s, 0, end.seasonUnsafe().length);
            for (int h = 1; h <= horizon; h++) {
                int phase = m > 1 ? (n + h - 1) % m : 0;
                double sp = spec.seasonal() ? s[phase] : 0;
                double phib = spec.hasTrend() ? phi * b : 0;
                double q = l + phib;
                double mu = switch (spec.season()) {
                    case ADDITIVE -> q + sp;
                    case MULTIPLICATIVE -> q * sp;
                    default -> q;
                };
                double e = sigma * random.nextGaussian();
                double y = spec.multiplicativeError() ? mu * (1 + e) : mu + e;
                out[h - 1][path] = y;
                double pp = switch (spec.season()) {
                    case ADDITIVE -> y - sp;
                    case MULTIPLICATIVE -> y / sp;
                    default -> y;
                };
                double lNew = q + alpha * (pp - q);
                if (spec.hasTrend()) {
                    b = phib + betaStar * (lNew - l - phib);
                }
                if (spec.season() == EtsSpec.Season.ADDITIVE) {
                    s[phase] = sp + gamma * (y - q - sp);
                } else if (spec.season() == EtsSpec.Season.MULTIPLICATIVE) {
                    s[phase] = sp + gamma * (y / q - sp);
                }
                l = lNew;
            }
        }
        for (double[] row : out) {
            Arrays.sort(row);
        }
        simulatedSorted = out;
        return out;
    }

    /** Type-7 sample quantile (R's default) of sorted values. */
    static double quantile(double[] sorted, double prob) {
        double pos = prob * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(i + 1, sorted.length - 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }
}
