package io.dcim.forecasting.method;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Theta against R's {@code forecast::thetaf()} (forecast 8.20, R 4.2, Debian packages):
 * {@code thetaf(AirPassengers, h = 3)$mean} is 440.0781911 428.3842806 489.7070987 and
 * {@code thetaf(austres, h = 3)$mean} 17684.83364 17715.49844 17745.55592. R also optimises SES's
 * start level where we take the mean of the first ten points, hence the small tolerance.
 */
class ThetaTest {

    @Test
    void reproducesRsThetafOnAirPassengers() {
        FittedModel model = new Theta().fit(SeriesFixtures.load("airpassengers"), 12);

        assertThat(model.forecast(3)).containsExactly(new double[] {440.0781911, 428.3842806, 489.7070987},
                within(0.05));
        assertThat(model.description()).contains("multiplicative seasonal adjustment");
    }

    @Test
    void reproducesRsThetafOnAustres() {
        FittedModel model = new Theta().fit(SeriesFixtures.load("austres"), 4);

        assertThat(model.forecast(3)).containsExactly(new double[] {17684.83364, 17715.49844, 17745.55592},
                within(0.05));
    }

    @Test
    void aStraightLineIsContinuedWithHalfItsSlopeAddedToTheLevel() {
        // SES on a line lags it; Theta's drift of b/2 per step is what brings the forecast back up.
        double[] y = new double[40];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 + 2 * t;
        }
        FittedModel model = new Theta().fit(y, 4);

        assertThat(model.namedParameters().get("drift")).isCloseTo(1.0, within(1e-9));
        double[] f = model.forecast(2);
        assertThat(f[1] - f[0]).isCloseTo(1.0, within(1e-9));
    }
}
