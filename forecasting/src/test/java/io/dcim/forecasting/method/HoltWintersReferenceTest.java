package io.dcim.forecasting.method;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Holt-Winters against R's {@code stats::HoltWinters} on one of its documentation examples
 * ({@code example(HoltWinters)}): with R's printed smoothing parameters fixed, our start values
 * and recursions must give R's printed coefficients. The additive variant shares every line but
 * the operators; it is checked against a hand-computed case in {@link HoltWintersHandComputedTest}. R prints 7 significant digits, so the
 * parameters we feed in are rounded; the tolerances allow for that rounding and nothing more.
 */
class HoltWintersReferenceTest {

    /**
     * {@code HoltWinters(AirPassengers, seasonal = "mult")} prints alpha 0.2755925,
     * beta 0.03269295, gamma 0.8707292 and coefficients a 469.3232206, b 3.0215391,
     * s1..s12 0.9464611 0.8829239 0.9717369 1.0304825 1.0476884 1.1805272 1.3590778 1.3331706
     * 1.1083381 0.9868813 0.8361333 0.9209877 (R output as reproduced in public course notes,
     * Exercise 2.2 "Univariate Time Series - Exponential Smoothing Models", airline data).
     */
    @Test
    void multiplicativeReproducesRsCoefficientsOnAirPassengers() {
        double[] air = SeriesFixtures.load("airpassengers");

        HoltWintersModel model = HoltWinters.multiplicative().withParameters(air, 12, 0.2755925, 0.03269295, 0.8707292);

        assertThat(model.level()).isCloseTo(469.3232206, within(1e-3));
        assertThat(model.trend()).isCloseTo(3.0215391, within(1e-4));
        assertThat(model.seasonals()).containsExactly(new double[] {
                0.9464611, 0.8829239, 0.9717369, 1.0304825, 1.0476884, 1.1805272,
                1.3590778, 1.3331706, 1.1083381, 0.9868813, 0.8361333, 0.9209877}, within(1e-5));
    }

    @Test
    void forecastsContinueFromRsCoefficients() {
        double[] air = SeriesFixtures.load("airpassengers");
        HoltWintersModel model = HoltWinters.multiplicative().withParameters(air, 12, 0.2755925, 0.03269295, 0.8707292);

        double[] f = model.forecast(13);

        // predict.HoltWinters: (a + h b) * s[(h-1) mod 12 + 1]
        assertThat(f[0]).isCloseTo((469.3232206 + 3.0215391) * 0.9464611, within(2e-3));
        assertThat(f[12]).isCloseTo((469.3232206 + 13 * 3.0215391) * 0.9464611, within(3e-3));
    }

    @Test
    void fittedParametersAreAtLeastAsGoodAsRsOnAirPassengers() {
        double[] air = SeriesFixtures.load("airpassengers");
        double rsSse = HoltWinters.multiplicative().withParameters(air, 12, 0.2755925, 0.03269295, 0.8707292)
                .sumOfSquaredErrors();

        HoltWintersModel fitted = HoltWinters.multiplicative().fit(air, 12);

        assertThat(fitted.sumOfSquaredErrors()).isLessThanOrEqualTo(rsSse * 1.001);
    }
}
