package io.dcim.forecasting.method;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The parameter search recovers known parameters and finds the SSE minimum. */
class HoltWintersFittingTest {

    private static final int M = 7;
    private static final double ALPHA = 0.4;
    private static final double BETA = 0.1;
    private static final double GAMMA = 0.3;

    /**
     * Simulates the model for which R-style additive Holt-Winters is the optimal one-step
     * predictor: y[t] = a + b + s[t-m] + e[t], e ~ N(0, 1), states updated by the same recursions.
     */
    static double[] simulateAdditive(int n, long seed) {
        Random random = new Random(seed);
        double a = 100;
        double b = 0.2;
        double[] s = new double[M];
        for (int j = 0; j < M; j++) {
            s[j] = 8 * Math.sin(2 * Math.PI * j / M);
        }
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            int p = t % M;
            y[t] = a + b + s[p] + random.nextGaussian();
            double aNew = ALPHA * (y[t] - s[p]) + (1 - ALPHA) * (a + b);
            b = BETA * (aNew - a) + (1 - BETA) * b;
            s[p] = GAMMA * (y[t] - aNew) + (1 - GAMMA) * s[p];
            a = aNew;
        }
        return y;
    }

    @Test
    void recoversTheGeneratingParameters() {
        double[] y = simulateAdditive(2000, 42);

        HoltWintersModel model = HoltWinters.additive().fit(y, M);

        assertThat(model.alpha()).isCloseTo(ALPHA, within(0.06));
        assertThat(model.beta()).isCloseTo(BETA, within(0.05));
        assertThat(model.gamma()).isCloseTo(GAMMA, within(0.06));
    }

    @Test
    void fittedSseIsNoWorseThanAnyPointOfAGridNorTheTrueParameters() {
        double[] y = simulateAdditive(600, 7);
        HoltWinters hw = HoltWinters.additive();

        double fitted = hw.fit(y, M).sumOfSquaredErrors();

        double bestOnGrid = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 20; i++) {
            for (int j = 0; j <= 20; j++) {
                for (int k = 0; k <= 20; k++) {
                    double sse = hw.withParameters(y, M, i / 20.0, j / 20.0, k / 20.0).sumOfSquaredErrors();
                    bestOnGrid = Math.min(bestOnGrid, sse);
                }
            }
        }
        double atTruth = hw.withParameters(y, M, ALPHA, BETA, GAMMA).sumOfSquaredErrors();
        assertThat(fitted).isLessThanOrEqualTo(bestOnGrid * (1 + 1e-9));
        assertThat(fitted).isLessThanOrEqualTo(atTruth);
    }

    @Test
    void warmStartFromANeighbouringFitReachesTheSameOptimum() {
        double[] y = simulateAdditive(800, 3);
        double[] prefix = java.util.Arrays.copyOf(y, 700);
        HoltWinters hw = HoltWinters.additive();
        HoltWintersModel full = hw.fit(y, M);

        double cold = hw.fit(prefix, M).sumOfSquaredErrors();
        double warm = hw.fit(prefix, M, full.parameters()).sumOfSquaredErrors();

        assertThat(warm).isCloseTo(cold, within(cold * 1e-3));
    }

    @Test
    void multiplicativeRejectsNonPositiveData() {
        assertThat(HoltWinters.multiplicative().accepts(new double[] {1, 2, 0, 3})).isFalse();
        assertThat(HoltWinters.multiplicative().accepts(new double[] {1, 2, 0.5, 3})).isTrue();
        assertThat(HoltWinters.additive().accepts(new double[] {-1, 0})).isTrue();
    }
}
