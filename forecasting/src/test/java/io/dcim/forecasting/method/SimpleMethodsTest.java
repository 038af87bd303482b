package io.dcim.forecasting.method;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Damped trend, linear trend and seasonal naive against hand-computed and published cases. */
class SimpleMethodsTest {

    private static final double Z95 = 1.959963984540054;

    /**
     * y = 10 12 13 from l0 = 8, b0 = 2, alpha = beta = 0.5, phi = 0.9:
     * <pre>
     * i=0: phi b = 1.8      yhat 9.8       e  0.2       l = 5+4.9 = 9.9          b = .5(1.9)+.5(1.8) = 1.85
     * i=1: phi b = 1.665    yhat 11.565    e  0.435     l = 6+5.7825 = 11.7825   b = .94125+.8325 = 1.77375
     * i=2: phi b = 1.596375 yhat 13.378875 e -0.378875  l = 6.5+6.6894375 = 13.1894375
     *                                                   b = .70346875+.7981875 = 1.50165625
     * h=1: 13.1894375 + .9 b = 14.540928125;  h=2: 13.1894375 + 1.71 b = 15.7572696875
     * sigma^2 = (.04 + .189225 + .143546265625)/3; c1 = alpha + alpha beta phi = .725
     * </pre>
     */
    @Test
    void dampedTrendRecursionsMatchTheHandComputation() {
        DampedTrendModel model = DampedTrendModel.filter(new double[] {10, 12, 13}, 0, 8, 2, 0.5, 0.5, 0.9);

        assertThat(model.level()).isCloseTo(13.1894375, within(1e-12));
        assertThat(model.trend()).isCloseTo(1.50165625, within(1e-12));
        assertThat(model.forecast(2)).containsExactly(new double[] {14.540928125, 15.7572696875}, within(1e-12));
        double sigma2 = (0.04 + 0.189225 + 0.143546265625) / 3;
        assertThat(model.interval(2, 0.95).upper()[1])
                .isCloseTo(15.7572696875 + Z95 * Math.sqrt(sigma2 * (1 + 0.725 * 0.725)), within(1e-9));
    }

    /**
     * With phi = 1 the recursions are Holt's linear method. R's {@code HoltWinters(austres,
     * gamma = FALSE)} prints alpha 1, beta 0.4062519, a 17661.5000, b 43.2471 (R output shown in
     * the public notebook github.com/Hobart-Liu/Exercise); R starts from l = y[2], b = y[2]-y[1]
     * and filters from the third point.
     */
    @Test
    void dampedTrendWithPhiOneReproducesRsHoltOnAustres() {
        double[] y = SeriesFixtures.load("austres");

        DampedTrendModel model = DampedTrendModel.filter(y, 2, y[1], y[1] - y[0], 1.0, 0.4062519, 1.0);

        assertThat(model.level()).isCloseTo(17661.5, within(1e-9));
        assertThat(model.trend()).isCloseTo(43.2471, within(2e-4));
    }

    @Test
    void fittedDampedTrendKeepsPhiInItsRange() {
        double[] y = new double[60];
        for (int t = 0; t < y.length; t++) {
            y[t] = 50 + 2 * t - 0.02 * t * t + Math.sin(t);
        }
        DampedTrendModel model = new DampedTrend().fit(y, 7);

        assertThat(model.phi()).isBetween(DampedTrend.PHI_MIN, DampedTrend.PHI_MAX);
    }

    /**
     * y = 2 4 5 4 5 at t = 1..5: tbar 3, ybar 4, Sty = 6, Stt = 10 -> slope .6, intercept 2.2;
     * residuals -.8 .6 1 -.6 -.2, RSS 2.4, s^2 = .8. t=6: 5.8, t=7: 6.4.
     * 95%: t(0.975, 3 df) = 3.182 (any t table); half width at t=6: 3.182 sqrt(.8 (1 + 1/5 + 9/10)).
     */
    @Test
    void linearTrendMatchesTheHandComputedRegression() {
        LinearTrend.Model model = new LinearTrend().fit(new double[] {2, 4, 5, 4, 5}, 2);

        assertThat(model.slope()).isCloseTo(0.6, within(1e-12));
        assertThat(model.intercept()).isCloseTo(2.2, within(1e-12));
        assertThat(model.residualVariance()).isCloseTo(0.8, within(1e-12));
        assertThat(model.forecast(2)).containsExactly(new double[] {5.8, 6.4}, within(1e-12));
        assertThat(model.interval(1, 0.95).upper()[0])
                .isCloseTo(5.8 + 3.182 * Math.sqrt(0.8 * 2.1), within(2e-3));
    }

    /**
     * y = 1 2 3 | 2 4 6 | 3 5 9, m = 3: forecasts repeat 3 5 9; residuals y[t]-y[t-3] = 1 2 3 1 1 3,
     * sigma^2 = 25/6; sd is sigma for h = 1..3 and sigma sqrt(2) for h = 4..6.
     */
    @Test
    void seasonalNaiveRepeatsTheLastSeasonWithWideningIntervals() {
        SeasonalNaive.Model model = new SeasonalNaive().fit(new double[] {1, 2, 3, 2, 4, 6, 3, 5, 9}, 3);

        assertThat(model.forecast(5)).containsExactly(3, 5, 9, 3, 5);
        assertThat(model.residualVariance()).isCloseTo(25.0 / 6, within(1e-12));
        PredictionInterval pi = model.interval(4, 0.95);
        assertThat(pi.lower()[2]).isCloseTo(9 - Z95 * Math.sqrt(25.0 / 6), within(1e-9));
        assertThat(pi.lower()[3]).isCloseTo(3 - Z95 * Math.sqrt(2 * 25.0 / 6), within(1e-9));
    }

    /** FPP3 table 8.8, ETS(A,A,N): var_h = sigma^2 [1 + (h-1){a^2 + a b h + b^2 h (2h-1)/6}]. */
    @Test
    void innovationsVarianceAgreesWithTheClosedFormForHoltsMethod() {
        double a = 0.3;
        double b = 0.05;
        double[] sd = InnovationsVariance.standardDeviations(2.0, 10, j -> a + b * j);

        for (int h = 1; h <= 10; h++) {
            double closed = 2.0 * (1 + (h - 1) * (a * a + a * b * h + b * b * h * (2 * h - 1) / 6.0));
            assertThat(sd[h - 1] * sd[h - 1]).isCloseTo(closed, within(1e-12));
        }
    }
}
