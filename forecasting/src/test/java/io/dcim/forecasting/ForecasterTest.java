package io.dcim.forecasting;

import io.dcim.common.error.InvalidValueException;
import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.backtest.ErrorAccumulator;
import io.dcim.forecasting.backtest.ErrorMetric;
import io.dcim.forecasting.method.MethodName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForecasterTest {

    private final Forecaster forecaster = new Forecaster();

    /** Two years of daily demand: linear growth, a weekly pattern and Gaussian noise. */
    static double[] dailyWithTrendAndWeeklySeason(int n, long seed) {
        Random random = new Random(seed);
        double[] weekly = {-12, -4, 3, 8, 10, 2, -7};
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 300 + 0.6 * t + 2 * weekly[t % 7] + 3 * random.nextGaussian();
        }
        return y;
    }

    @Test
    void holtWintersBeatsSeasonalNaiveInTheBacktestAndAutoPicksIt() {
        double[] y = dailyWithTrendAndWeeklySeason(730, 1);

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 90, MethodChoice.AUTO));

        BacktestErrors hw = r.backtests().get(MethodName.HOLT_WINTERS_ADDITIVE);
        BacktestErrors naive = r.backtests().get(MethodName.SEASONAL_NAIVE);
        assertThat(hw.mase()).isLessThan(naive.mase());
        assertThat(r.automatic()).isTrue();
        assertThat(r.decidedBy()).isEqualTo(ErrorMetric.MASE);
        assertThat(r.method()).isIn(MethodName.HOLT_WINTERS_ADDITIVE, MethodName.HOLT_WINTERS_MULTIPLICATIVE);
        assertThat(r.backtests()).containsKeys(MethodName.values());
        assertThat(r.point()).hasSize(90);
    }

    @Test
    void autoChoiceBeatsSeasonalNaiveOnAHeldOutTail() {
        double[] all = dailyWithTrendAndWeeklySeason(730, 2);
        double[] history = Arrays.copyOf(all, 640);
        double[] tail = Arrays.copyOfRange(all, 640, 730);

        ForecastResult auto = forecaster.forecast(new ForecastRequest(history, Period.DAY, 7, 90, MethodChoice.AUTO));
        ForecastResult naive = forecaster.forecast(new ForecastRequest(history, Period.DAY, 7, 90,
                MethodChoice.named(MethodName.SEASONAL_NAIVE)));

        double autoMase = new ErrorAccumulator().add(history, 7, tail, auto.point()).result().mase();
        double naiveMase = new ErrorAccumulator().add(history, 7, tail, naive.point()).result().mase();
        assertThat(auto.method()).isIn(MethodName.HOLT_WINTERS_ADDITIVE, MethodName.HOLT_WINTERS_MULTIPLICATIVE);
        assertThat(autoMase).isLessThan(naiveMase / 2);
    }

    @Test
    void namedMethodOverridesTheAutomaticChoiceButKeepsAllBacktests() {
        double[] y = dailyWithTrendAndWeeklySeason(200, 3);

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 14, MethodChoice.parse("linear")));

        assertThat(r.method()).isEqualTo(MethodName.LINEAR);
        assertThat(r.automatic()).isFalse();
        assertThat(r.decidedBy()).isNull();
        assertThat(r.backtests()).containsKey(MethodName.HOLT_WINTERS_ADDITIVE);
    }

    @Test
    void intervalsNestAroundThePointForecast() {
        double[] y = dailyWithTrendAndWeeklySeason(300, 4);

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 30, MethodChoice.AUTO));

        for (int i = 0; i < 30; i++) {
            assertThat(r.interval95().lower()[i]).isLessThan(r.interval80().lower()[i]);
            assertThat(r.interval80().lower()[i]).isLessThan(r.point()[i]);
            assertThat(r.point()[i]).isLessThan(r.interval80().upper()[i]);
            assertThat(r.interval80().upper()[i]).isLessThan(r.interval95().upper()[i]);
        }
        assertThat(r.interval80().level()).isEqualTo(0.80);
        assertThat(r.interval95().level()).isEqualTo(0.95);
    }

    @Test
    void seriesWithFewerThanTwoSeasonsFallsBackToNonSeasonalMethodsAndSaysSo() {
        double[] y = Arrays.copyOf(dailyWithTrendAndWeeklySeason(30, 5), 30);

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.MONTH, 12, 6, MethodChoice.AUTO));

        assertThat(r.backtests()).doesNotContainKeys(MethodName.HOLT_WINTERS_ADDITIVE,
                MethodName.HOLT_WINTERS_MULTIPLICATIVE);
        assertThat(r.method()).isIn(MethodName.SEASONAL_NAIVE, MethodName.LINEAR, MethodName.DAMPED);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("holt-winters-additive left out")
                .contains("two full seasons"));
    }

    @Test
    void autoLeavesMultiplicativeOutForDataWithZeros() {
        double[] y = dailyWithTrendAndWeeklySeason(120, 6);
        y[10] = 0;

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 14, MethodChoice.AUTO));

        assertThat(r.backtests()).doesNotContainKey(MethodName.HOLT_WINTERS_MULTIPLICATIVE);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("holt-winters-multiplicative").contains("positive"));
    }

    @Test
    void mapeCriterionOnDataWithZerosLetsSmapeDecideAndSaysSo() {
        double[] y = dailyWithTrendAndWeeklySeason(120, 7);
        y[115] = 0;

        ForecastResult r = forecaster.forecast(
                new ForecastRequest(y, Period.DAY, 7, 14, MethodChoice.AUTO, ErrorMetric.MAPE));

        assertThat(r.decidedBy()).isEqualTo(ErrorMetric.SMAPE);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("MAPE is undefined"));
    }

    @Test
    void namedMultiplicativeOnNonPositiveDataIsRefusedNamingTheSeries() {
        double[] y = dailyWithTrendAndWeeklySeason(120, 8);
        y[3] = -1;

        assertField(() -> forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 14,
                MethodChoice.named(MethodName.HOLT_WINTERS_MULTIPLICATIVE))), "series", "index 3");
    }

    @Test
    void namedHoltWintersOnTooShortASeriesIsRefusedNamingTheSeries() {
        double[] y = dailyWithTrendAndWeeklySeason(20, 9);

        assertField(() -> forecaster.forecast(new ForecastRequest(y, Period.MONTH, 12, 3,
                MethodChoice.parse("holt-winters-additive"))), "series", "needs at least 26");
    }

    @Test
    void invalidRequestsNameTheFieldAtFault() {
        double[] ok = dailyWithTrendAndWeeklySeason(100, 10);
        double[] withNaN = ok.clone();
        withNaN[42] = Double.NaN;

        assertField(() -> forecaster.forecast(new ForecastRequest(withNaN, Period.DAY, 7, 7, MethodChoice.AUTO)),
                "series", "index 42 is NaN");
        assertField(() -> forecaster.forecast(new ForecastRequest(null, Period.DAY, 7, 7, MethodChoice.AUTO)),
                "series", "required");
        assertField(() -> forecaster.forecast(new ForecastRequest(ok, Period.DAY, 1, 7, MethodChoice.AUTO)),
                "seasonLength", "at least 2");
        assertField(() -> forecaster.forecast(new ForecastRequest(ok, Period.DAY, 7, 0, MethodChoice.AUTO)),
                "horizon", "between 1 and 300");
        assertField(() -> forecaster.forecast(new ForecastRequest(ok, Period.DAY, 7, 301, MethodChoice.AUTO)),
                "horizon", "was 301");
        assertField(() -> forecaster.forecast(new ForecastRequest(ok, null, 7, 7, MethodChoice.AUTO)),
                "period", "required");
        assertField(() -> forecaster.forecast(new ForecastRequest(ok, Period.DAY, 7, 7, null)),
                "method", "required");
        assertField(() -> MethodChoice.parse("arima"), "method", "unknown method 'arima'");
        // 10 points, m = 7, h = 7: the backtest window is 10/4 = 2 points, leaving 8 < m + 2 to train on.
        assertField(() -> forecaster.forecast(new ForecastRequest(Arrays.copyOf(ok, 10), Period.DAY, 7, 7,
                MethodChoice.AUTO)), "series", "needs at least 11 points");
        assertThat(forecaster.forecast(new ForecastRequest(Arrays.copyOf(ok, 11), Period.DAY, 7, 7,
                MethodChoice.AUTO)).point()).hasSize(7);
        assertField(() -> forecaster.forecast(new ForecastRequest(Arrays.copyOf(ok, 5), Period.DAY, 7, 1,
                MethodChoice.AUTO)), "series", "too short");
    }

    @Test
    void forecastAllKeepsTheRequestOrder() {
        var requests = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> new ForecastRequest(dailyWithTrendAndWeeklySeason(100 + 10 * i, i), Period.DAY, 7,
                        5 + i, MethodChoice.AUTO))
                .toList();

        var results = forecaster.forecastAll(requests);

        for (int i = 0; i < 6; i++) {
            assertThat(results.get(i).point()).hasSize(5 + i);
        }
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
                                    String messagePart) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(messagePart);
    }
}
