package io.dcim.forecasting.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ForecastAccuracyTest {

    /**
     * Training 1 4 2 5 3 6 with m = 2: |y_t − y_{t−2}| = 1 1 1 1, scale 1. Actual 10 20 30, forecast
     * 12 20 25: errors 2 0 5, mean 7/3, so MASE = 7/3. Scaled by lag 1 instead (|diffs| 3 2 3 2 3,
     * scale 13/5) it would be 35/39, so the test also tells the seasonal from the naive scale.
     */
    @Test
    void maseDividesTheMeanAbsoluteErrorByTheInSampleSeasonalNaiveError() {
        double mase = ForecastAccuracy.mase(new double[] {1, 4, 2, 5, 3, 6}, 2,
                new double[] {10, 20, 30}, new double[] {12, 20, 25});

        assertThat(mase).isCloseTo(7.0 / 3, within(1e-12));
    }

    /** Training 3 5 7 with m = 4 holds no full season: naive scale (2 + 2) / 2 = 2; error 3, MASE 1.5. */
    @Test
    void maseFallsBackToTheNaiveScaleWhenTheTrainingHoldsNoFullSeason() {
        assertThat(ForecastAccuracy.mase(new double[] {3, 5, 7}, 4, new double[] {10}, new double[] {7}))
                .isCloseTo(1.5, within(1e-12));
    }

    @Test
    void maseIsUndefinedForAConstantTrainingPart() {
        assertThat(ForecastAccuracy.mase(new double[] {4, 4, 4, 4}, 2, new double[] {5}, new double[] {4})).isNaN();
    }

    /** 200/3 · (2/22 + 0/40 + 5/55) = 200/3 · (1/11 + 1/11) = 400/33. */
    @Test
    void smapeIsTheM4SymmetricPercentage() {
        assertThat(ForecastAccuracy.smape(new double[] {10, 20, 30}, new double[] {12, 20, 25}))
                .isCloseTo(400.0 / 33, within(1e-12));
    }

    /** 0 against 0 is exact (no division by zero); 0 against 5 is the worst case, 200 %. Mean (0 + 200) / 2. */
    @Test
    void smapeCountsZeroAgainstZeroAsExact() {
        assertThat(ForecastAccuracy.smape(new double[] {0, 0}, new double[] {0, 5})).isCloseTo(100, within(1e-12));
    }

    /** 1 in [0, 2]; 5 above [0, 4]; 9 in [0, 10]; 3 below [4, 6]; 6 on the bound of [4, 6]: 3 of 5. */
    @Test
    void coverageIsTheShareOfActualsInsideTheIntervalBoundsIncluded() {
        double coverage = ForecastAccuracy.coverage(new double[] {1, 5, 9, 3, 6},
                new double[] {0, 0, 0, 4, 4}, new double[] {2, 4, 10, 6, 6});

        assertThat(coverage).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void aForecastOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> ForecastAccuracy.smape(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 2");
    }
}
