package io.dcim.forecasting.method;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EtsTest {

    private static final EtsSpec ANN = EtsSpec.parse("ETS(A,N,N)");

    @Test
    void etsANNIsSimpleExponentialSmoothingWithTheSameAlpha() {
        double[] y = noisyLevel(60, 1);
        double alpha = 0.37;

        EtsModel model = EtsFit.withParameters(ANN, y, 1, new double[] {alpha, 0, 0, 1});

        // SES by hand from the same start: the mean of the first 10 points (R's initstate).
        double level = 0;
        for (int t = 0; t < 10; t++) {
            level += y[t] / 10;
        }
        double sse = 0;
        for (double v : y) {
            sse += (v - level) * (v - level);
            level = alpha * v + (1 - alpha) * level;
        }
        assertThat(model.forecast(3)).containsExactly(new double[] {level, level, level}, within(1e-9));
        // sigma^2 over n minus the 3 parameters alpha, l0 and sigma itself.
        assertThat(model.sigma2()).isCloseTo(sse / (60 - 3), within(1e-9));
        // var_h = sigma^2 (1 + (h-1) alpha^2): SES's closed form (FPP3 table 8.8).
        PredictionInterval p95 = model.interval(4, 0.95);
        double sd4 = Math.sqrt(model.sigma2() * (1 + 3 * alpha * alpha));
        assertThat(p95.upper()[3] - level).isCloseTo(1.959964 * sd4, within(1e-5));
    }

    @Test
    void aPurelySeasonalSeriesIsForecastExactly() {
        double[] pattern = {120, 80, 95, 140, 160, 70};
        double[] y = new double[60];
        for (int t = 0; t < y.length; t++) {
            y[t] = pattern[t % 6];
        }

        EtsModel model = new Ets().fit(y, 6);

        double[] f = model.forecast(12);
        for (int h = 0; h < 12; h++) {
            assertThat(f[h]).isCloseTo(pattern[(60 + h) % 6], within(1e-6));
        }
        assertThat(model.spec().seasonal()).isTrue();
    }

    @Test
    void intervalsWidenWithTheHorizonForAnalyticAndSimulatedForms() {
        double[] y = trendingSeasonal(120, 12, 3);
        for (EtsSpec spec : List.of(EtsSpec.parse("A,A,A"), EtsSpec.parse("M,Ad,M"), EtsSpec.parse("M,N,N"))) {
            EtsModel model = EtsFit.fit(spec, y, 12, Ets.EVALUATIONS);
            PredictionInterval p = model.interval(24, 0.80);
            double[] f = model.forecast(24);
            double previous = 0;
            for (int h = 0; h < 24; h += 6) {
                double width = p.upper()[h] - p.lower()[h];
                assertThat(width).as(spec + " width at h=" + (h + 1)).isGreaterThan(previous);
                assertThat(p.lower()[h]).isLessThan(f[h]);
                assertThat(p.upper()[h]).isGreaterThan(f[h]);
                previous = width;
            }
        }
    }

    @Test
    void simulatedIntervalsAreTheSameOnEveryCall() {
        double[] y = trendingSeasonal(96, 12, 4);
        PredictionInterval first = EtsFit.fit(EtsSpec.parse("M,A,M"), y, 12, Ets.EVALUATIONS).interval(12, 0.95);
        PredictionInterval again = EtsFit.fit(EtsSpec.parse("M,A,M"), y, 12, Ets.EVALUATIONS).interval(12, 0.95);
        assertThat(again.lower()).containsExactly(first.lower());
    }

    /**
     * AICc finds the form that generated the data most of the time, not always: on 200 points a
     * damped trend with phi near 1, or A against M errors at a steady level, can fit as well. So
     * each form is simulated with ten fixed seeds and must be chosen at least seven times (the
     * levels and noise make the error type identifiable: a level of 40 with noise 6 is far from
     * proportional, 8% noise on a wandering level is).
     */
    @Test
    void aiccPicksTheGeneratingFormOnMostSeededSimulations() {
        assertThat(timesChosen("A,N,A", new double[] {0.2, 0, 0.2, 1}, 40, 6)).isGreaterThanOrEqualTo(7);
        assertThat(timesChosen("M,N,M", new double[] {0.3, 0, 0.1, 1}, 100, 0.03)).isGreaterThanOrEqualTo(7);
        assertThat(timesChosen("M,N,N", new double[] {0.5, 0, 0, 1}, 100, 0.08)).isGreaterThanOrEqualTo(7);
        assertThat(timesChosen("A,A,N", new double[] {0.5, 0.1, 0, 1}, 100, 3)).isGreaterThanOrEqualTo(7);
    }

    private static int timesChosen(String form, double[] p, double l0, double sigma) {
        int chosen = 0;
        for (long seed = 11; seed <= 20; seed++) {
            double[] y = simulate(form, p, 200, 4, seed, l0, sigma);
            if (new Ets().fit(y, 4).spec().equals(EtsSpec.parse(form))) {
                chosen++;
            }
        }
        return chosen;
    }

    @Test
    void additiveFormsOnlyForDataThatAreNotAllPositive() {
        double[] y = noisyLevel(50, 5);
        y[7] = -1;
        assertThat(Ets.candidates(y, 4)).allSatisfy(s -> assertThat(s.needsPositiveData()).isFalse());
        assertThat(Ets.candidates(y, 4)).isNotEmpty();
    }

    @Test
    void shortSeriesGetOnlyTheFormsTheyCanSupport() {
        // 20 points cannot hold two seasons of 12: no seasonal form; and no form with n <= k + 4.
        assertThat(Ets.candidates(noisyLevel(20, 6), 12)).noneSatisfy(s -> assertThat(s.seasonal()).isTrue());
        assertThat(Ets.candidates(noisyLevel(8, 6), 4)).containsExactly(EtsSpec.parse("A,N,N"), EtsSpec.parse("M,N,N"));
    }

    static double[] noisyLevel(int n, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        double level = 100;
        for (int t = 0; t < n; t++) {
            level += random.nextGaussian();
            y[t] = level + 2 * random.nextGaussian();
        }
        return y;
    }

    static double[] trendingSeasonal(int n, int m, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = (100 + t) * (1 + 0.2 * Math.sin(2 * Math.PI * t / m)) * (1 + 0.03 * random.nextGaussian());
        }
        return y;
    }

    /** A path of the given form from a start level of 100, season amplitude 20% (or 20 units). */
    static double[] simulate(String form, double[] p, int n, int m, long seed) {
        return simulate(form, p, n, m, seed, 100, form.startsWith("M") ? 0.03 : 3);
    }

    /** As above from start level {@code l0} with innovations of standard deviation {@code sigma}. */
    static double[] simulate(String form, double[] p, int n, int m, long seed, double l0, double sigma) {
        EtsSpec spec = EtsSpec.parse(form);
        Random random = new Random(seed);
        boolean mult = spec.season() == EtsSpec.Season.MULTIPLICATIVE;
        double[] s = new double[m];
        for (int j = 0; j < m; j++) {
            double wave = Math.sin(2 * Math.PI * j / m);
            s[j] = mult ? 1 + 0.2 * wave : 20 * wave;
        }
        double l = l0;
        double b = spec.hasTrend() ? 1 : 0;
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double sp = spec.seasonal() ? s[t % m] : 0;
            double q = l + (spec.hasTrend() ? p[3] * b : 0);
            double mu = mult ? q * sp : q + sp;
            double e = sigma * random.nextGaussian();
            y[t] = spec.multiplicativeError() ? mu * (1 + e) : mu + e;
            double pp = mult ? y[t] / sp : y[t] - sp;
            double lNew = q + p[0] * (pp - q);
            if (spec.hasTrend()) {
                b = p[3] * b + (p[1] / p[0]) * (lNew - l - p[3] * b);
            }
            if (spec.seasonal()) {
                s[t % m] = sp + p[2] * ((mult ? y[t] / q : y[t] - q) - sp);
            }
            l = lNew;
        }
        return y;
    }
}
