package io.dcim.forecasting.backtest;

import io.dcim.forecasting.ForecastRequest;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.Period;

import io.dcim.forecasting.method.MethodName;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BacktestTest {

    /**
     * Origin 1: training 1..6, m = 2: |y[t]-y[t-2]| = 2,2,2,2 -> scale 2; actual 10 20, forecast 8 25,
     * errors 2 5. Origin 2: training 0 0 1 1 -> |diffs| 1 1 -> scale 1; actual 3, forecast 1, error 2.
     * MAPE = 100 (2/10 + 5/20 + 2/3) / 3 = 37.2222...
     * sMAPE = 100 (4/18 + 10/45 + 4/4) / 3 = 48.1481...
     * MASE = (2/2 + 5/2 + 2/1) / 3 = 1.8333...
     */
    @Test
    void metricsMatchTheHandComputationAcrossTwoOrigins() {
        BacktestErrors e = new ErrorAccumulator()
                .add(new double[] {1, 2, 3, 4, 5, 6}, 2, new double[] {10, 20}, new double[] {8, 25})
                .add(new double[] {0, 0, 1, 1}, 2, new double[] {3}, new double[] {1})
                .result();

        assertThat(e.mape()).isCloseTo(100 * (0.2 + 0.25 + 2.0 / 3) / 3, within(1e-12));
        assertThat(e.smape()).isCloseTo(100 * (4.0 / 18 + 10.0 / 45 + 1.0) / 3, within(1e-12));
        assertThat(e.mase()).isCloseTo((1 + 2.5 + 2) / 3, within(1e-12));
        assertThat(e.origins()).isEqualTo(2);
        assertThat(e.points()).isEqualTo(3);
    }

    @Test
    void mapeIsUndefinedWithAZeroActualWhileSmapeTreatsZeroOverZeroAsPerfect() {
        BacktestErrors e = new ErrorAccumulator()
                .add(new double[] {1, 3, 2, 4}, 2, new double[] {0, 4}, new double[] {0, 2})
                .result();

        assertThat(e.mape()).isNaN();
        // terms: 0 (0 vs 0) and 2*2/6
        assertThat(e.smape()).isCloseTo(100 * (0 + 4.0 / 6) / 2, within(1e-12));
        // scale: |2-1|, |4-3| -> 1; errors 0, 2
        assertThat(e.mase()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void scaleFallsBackToLagOneWhenTrainingHoldsOnlyOneSeason() {
        // m = 4 but only 3 training points: |3-1|, |6-3| -> scale 2.5
        assertThat(ErrorAccumulator.seasonalNaiveMae(new double[] {1, 3, 6}, 4)).isCloseTo(2.5, within(1e-12));
    }

    /**
     * y[t] = 2t + (0, 5, 1)[t mod 3]: seasonal naive misses exactly the trend, 6 per season back;
     * the in-sample scale is 6. Horizon 6 -> scaled errors 1,1,1,2,2,2 -> MASE 1.5 at every origin,
     * here through the forecaster's own cross-validation of a named method.
     */
    @Test
    void crossValidationOfSeasonalNaiveOnATrendingSeasonMatchesTheHandComputation() {
        double[] y = new double[40];
        int[] season = {0, 5, 1};
        for (int t = 0; t < y.length; t++) {
            y[t] = 2 * t + season[t % 3];
        }

        BacktestErrors e = new Forecaster().forecast(new ForecastRequest(y, Period.QUARTER, 3, 6,
                MethodChoice.named(MethodName.SEASONAL_NAIVE))).backtests().get(MethodName.SEASONAL_NAIVE);

        assertThat(e.mase()).isCloseTo(1.5, within(1e-12));
        assertThat(e.origins()).isEqualTo(6);
        assertThat(e.points()).isEqualTo(36);
    }

    @Test
    void planUsesMoreOriginsForShortWindowsAndDropsThoseThatLeaveTooLittleTraining() {
        CrossValidationPlan daily = CrossValidationPlan.forRequest(730, 90);
        assertThat(daily.horizon()).isEqualTo(90);
        assertThat(daily.trainingLengths(730, 16)).containsExactly(640, 610, 580);
        assertThat(daily.trainingLengths(730, 600)).containsExactly(640, 610);

        CrossValidationPlan monthly = CrossValidationPlan.forRequest(144, 18);
        assertThat(monthly.trainingLengths(144, 36)).containsExactly(126, 120, 114, 108, 102, 96);
        assertThat(CrossValidationPlan.forRequest(36, 24).horizon()).isEqualTo(9);
    }

    @Test
    void selectorPicksTheLowestErrorAndPrefersTheSimplerMethodOnATie() {
        Map<MethodName, BacktestErrors> errors = new EnumMap<>(MethodName.class);
        errors.put(MethodName.HOLT_WINTERS_ADDITIVE, new BacktestErrors(5, 5, 0.8, 3, 30));
        errors.put(MethodName.DAMPED, new BacktestErrors(4, 6, 0.8, 3, 30));
        errors.put(MethodName.SEASONAL_NAIVE, new BacktestErrors(9, 9, 1.2, 3, 30));

        assertThat(MethodSelector.choose(errors, ErrorMetric.MASE).orElseThrow().method()).isEqualTo(MethodName.DAMPED);
        assertThat(MethodSelector.choose(errors, ErrorMetric.SMAPE).orElseThrow().method())
                .isEqualTo(MethodName.HOLT_WINTERS_ADDITIVE);
    }

    @Test
    void selectorFallsBackToSmapeWhenTheMetricIsUndefinedForAll() {
        Map<MethodName, BacktestErrors> errors = new EnumMap<>(MethodName.class);
        errors.put(MethodName.LINEAR, new BacktestErrors(Double.NaN, 7, 1.1, 1, 5));
        errors.put(MethodName.DAMPED, new BacktestErrors(Double.NaN, 3, 1.3, 1, 5));

        MethodSelector.Selection s = MethodSelector.choose(errors, ErrorMetric.MAPE).orElseThrow();

        assertThat(s.method()).isEqualTo(MethodName.DAMPED);
        assertThat(s.decidedBy()).isEqualTo(ErrorMetric.SMAPE);
    }
}
