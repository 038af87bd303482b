package io.dcim.forecasting.method;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Additive Holt-Winters on a six-point series, every number worked by hand below.
 *
 * <pre>
 * y = 10 20 14 24 18 30, m = 2, alpha = beta = gamma = 0.5
 * Start (first two seasons 10 20 14 24): 2x2 centred MA at i=1: (5+20+7)/2 = 16, at i=2:
 *   (10+14+12)/2 = 18. Detrended: phase 1: 20-16 = 4, phase 0: 14-18 = -4 -> s = (-4, 4), mean 0.
 *   OLS of (16, 18) on (1, 2): slope 2, intercept 14 -> a0 = 14, b0 = 2.
 * i=2 y=14 s=-4    : yhat 12         e  2      a = .5(18)+.5(16)=17        b = .5(3)+.5(2)=2.5       s0 = .5(-3)+.5(-4) = -3.5
 * i=3 y=24 s=4     : yhat 23.5       e  0.5    a = .5(20)+.5(19.5)=19.75   b = 1.375+1.25=2.625      s1 = .5(4.25)+2 = 4.125
 * i=4 y=18 s=-3.5  : yhat 18.875     e -0.875  a = 10.75+11.1875=21.9375   b = 1.09375+1.3125=2.40625 s0 = -1.96875-1.75 = -3.71875
 * i=5 y=30 s=4.125 : yhat 28.46875   e  1.53125 a = 12.9375+12.171875=25.109375 b = 1.5859375+1.203125=2.7890625
 *                                               s1 = 2.4453125+2.0625 = 4.5078125
 * SSE = 4 + 0.25 + 0.765625 + 2.3447265625 = 7.3603515625
 * Forecasts: h=1: 25.109375+2.7890625-3.71875 = 24.1796875; h=2: 25.109375+5.578125+4.5078125 = 35.1953125;
 *            h=3: 25.109375+8.3671875-3.71875 = 29.7578125
 * Intervals: sigma^2 = SSE/4 = 1.840087890625; ETS weights alpha=.5, beta_ets=.25, gamma_ets=.25:
 *   c1 = .75, c2 = .5+.5+.25 = 1.25 -> var1 = sigma^2, var2 = 1.5625 sigma^2, var3 = 3.125 sigma^2.
 * </pre>
 */
class HoltWintersHandComputedTest {

    private static final double[] Y = {10, 20, 14, 24, 18, 30};

    @Test
    void startValuesComeFromTheDecompositionOfTheFirstTwoSeasons() {
        HoltWintersStart start = HoltWintersStart.fromFirstTwoSeasons(Y, 2, false);

        assertThat(start.level()).isCloseTo(14, within(1e-12));
        assertThat(start.trend()).isCloseTo(2, within(1e-12));
        assertThat(start.seasonal()).containsExactly(new double[] {-4, 4}, within(1e-12));
    }

    @Test
    void recursionsMatchTheHandComputation() {
        HoltWintersModel model = HoltWinters.additive().withParameters(Y, 2, 0.5, 0.5, 0.5);

        assertThat(model.level()).isCloseTo(25.109375, within(1e-12));
        assertThat(model.trend()).isCloseTo(2.7890625, within(1e-12));
        assertThat(model.seasonals()).containsExactly(new double[] {-3.71875, 4.5078125}, within(1e-12));
        assertThat(model.sumOfSquaredErrors()).isCloseTo(7.3603515625, within(1e-12));
        assertThat(model.forecast(3)).containsExactly(new double[] {24.1796875, 35.1953125, 29.7578125}, within(1e-12));
    }

    @Test
    void intervalsWidenWithTheEtsWeights() {
        HoltWintersModel model = HoltWinters.additive().withParameters(Y, 2, 0.5, 0.5, 0.5);
        double sigma2 = 1.840087890625;
        double z95 = 1.959963984540054;

        PredictionInterval pi = model.interval(3, 0.95);

        assertThat(pi.upper()[0]).isCloseTo(24.1796875 + z95 * Math.sqrt(sigma2), within(1e-9));
        assertThat(pi.upper()[1]).isCloseTo(35.1953125 + z95 * Math.sqrt(1.5625 * sigma2), within(1e-9));
        assertThat(pi.lower()[2]).isCloseTo(29.7578125 - z95 * Math.sqrt(3.125 * sigma2), within(1e-9));
    }

    @Test
    void eightyPercentIntervalIsNarrowerThanNinetyFive() {
        HoltWintersModel model = HoltWinters.additive().withParameters(Y, 2, 0.5, 0.5, 0.5);
        double z80 = 1.2815515655446004;

        PredictionInterval pi = model.interval(1, 0.80);

        assertThat(pi.upper()[0]).isCloseTo(24.1796875 + z80 * Math.sqrt(1.840087890625), within(1e-9));
    }
}
