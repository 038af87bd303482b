package io.dcim.forecasting;

import io.dcim.common.error.InvalidValueException;
import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.backtest.ErrorAccumulator;
import io.dcim.forecasting.backtest.ErrorMetric;
import io.dcim.forecasting.method.MethodName;
import java.util.Locale;
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

    private static final MethodName[] CANDIDATES = {MethodName.THETA, MethodName.ETS, MethodName.COMBINATION};

    @Test
    void autoCrossValidatesItsCandidatesAndPicksTheLowestMase() {
        double[] y = dailyWithTrendAndWeeklySeason(730, 1);

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 90, MethodChoice.AUTO));

        assertThat(r.backtests()).containsOnlyKeys(MethodName.THETA, MethodName.ETS, MethodName.COMBINATION,
                MethodName.SEASONAL_NAIVE);
        double lowest = Arrays.stream(CANDIDATES).mapToDouble(c -> r.backtests().get(c).mase()).min().orElseThrow();
        assertThat(r.backtests().get(r.method()).mase()).isEqualTo(lowest)
                .isLessThan(r.backtests().get(MethodName.SEASONAL_NAIVE).mase());
        // 730 points, windows of 90: three origins 30 points apart compare 270 points per method.
        assertThat(r.backtests().get(MethodName.ETS).origins()).isEqualTo(3);
        assertThat(r.automatic()).isTrue();
        assertThat(r.decidedBy()).isEqualTo(ErrorMetric.MASE);
        assertThat(r.point()).hasSize(90);
        assertThat(r.explanation()).startsWith(r.method().id() + " (" + r.model() + ") was chosen")
                .contains("3 past stretches of 90 points");
    }

    @Test
    void etsPicksAWeeklySeasonalFormAndReturnsItsParametersAndAicc() {
        double[] y = dailyWithTrendAndWeeklySeason(400, 11);

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 14, MethodChoice.parse("ets")));

        assertThat(r.model()).matches("ETS\\([AM],(A|Ad),A\\)");
        assertThat(r.parameters()).containsKeys("alpha", "beta", "gamma", "sigma2");
        assertThat(r.informationCriterion()).isNotNull();
        assertThat(r.explanation()).contains("asked for");
    }

    @Test
    void aiccChoosesTheEtsFormWithoutBacktestsAndSaysWhyInASentence() {
        double[] y = dailyWithTrendAndWeeklySeason(400, 15);

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 14, MethodChoice.AUTO,
                Criterion.AICC, null));

        assertThat(r.method()).isEqualTo(MethodName.ETS);
        assertThat(r.automatic()).isTrue();
        assertThat(r.criterion()).isEqualTo(Criterion.AICC);
        assertThat(r.backtests()).as("AICc compares fits, not held-out forecasts").isEmpty();
        assertThat(r.informationCriterion()).isNotNull();
        assertThat(r.explanation()).startsWith("ets (" + r.model() + ") was chosen because it had the lowest AICc ("
                + String.format(java.util.Locale.ROOT, "%.1f", r.informationCriterion()) + ")");
        assertThat(r.seasons()).containsExactly(7);
        assertThat(r.point()).hasSize(14);
    }

    @Test
    void crossValidatedChoicesReportTheCriterionThatDecidedAndTheSeasonsModelled() {
        double[] y = io.dcim.forecasting.method.MultiSeasonalDecompositionTest.hourlyPower(48 * 7 * 3, 16);

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.HALF_HOUR, 48, 48, MethodChoice.AUTO,
                Criterion.SMAPE, null));

        assertThat(r.criterion()).isEqualTo(Criterion.SMAPE);
        assertThat(r.seasons()).as("half-hours: a day and a week").containsExactly(48, 336);
    }

    @Test
    void intervalsAreGivenAtTheRequestedLevelsInOrderAndNest() {
        double[] y = dailyWithTrendAndWeeklySeason(300, 12);

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 20, MethodChoice.AUTO,
                ErrorMetric.MASE, new double[] {0.99, 0.5}));

        assertThat(r.intervals()).extracting(p -> p.level()).containsExactly(0.99, 0.5);
        for (int i = 0; i < 20; i++) {
            assertThat(r.intervals().get(0).lower()[i]).isLessThan(r.intervals().get(1).lower()[i]);
            assertThat(r.intervals().get(1).upper()[i]).isLessThan(r.intervals().get(0).upper()[i]);
        }
    }

    @Test
    void levelsOutsideZeroToOneAreRefusedNamingTheField() {
        double[] y = dailyWithTrendAndWeeklySeason(100, 13);

        assertField(() -> forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 7, MethodChoice.AUTO,
                ErrorMetric.MASE, new double[] {0.8, 95})), "levels", "index 1 is 95.0");
        assertField(() -> forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 7, MethodChoice.AUTO,
                ErrorMetric.MASE, new double[0])), "levels", "1 to 10");
    }

    @Test
    void hourlyDataGetTheirWeeklySeasonToo() {
        double[] y = io.dcim.forecasting.method.MultiSeasonalDecompositionTest.hourlyPower(24 * 7 * 4, 14);

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.HOUR, 24, 168, MethodChoice.AUTO));

        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("[24, 168] removed"));
        assertThat(Arrays.stream(r.point()).boxed().toList()).allSatisfy(v -> assertThat(v).isBetween(600.0, 1000.0));
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
        assertThat(auto.method()).isIn(CANDIDATES);
        assertThat(autoMase).isLessThan(naiveMase / 2);
    }

    @Test
    void namedMethodOverridesTheAutomaticChoiceButKeepsAllBacktests() {
        double[] y = dailyWithTrendAndWeeklySeason(200, 3);

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 14, MethodChoice.parse("linear")));

        assertThat(r.method()).isEqualTo(MethodName.LINEAR);
        assertThat(r.automatic()).isFalse();
        assertThat(r.decidedBy()).isNull();
        assertThat(r.backtests()).containsKeys(MethodName.LINEAR, MethodName.ETS);
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
    void seriesWithFewerThanTwoSeasonsGetNonSeasonalEtsForms() {
        double[] y = Arrays.copyOf(dailyWithTrendAndWeeklySeason(30, 5), 30);

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.MONTH, 12, 6, MethodChoice.parse("ets")));

        assertThat(r.model()).matches("ETS\\(.,.+,N\\)");
    }

    @Test
    void dataWithZerosGetOnlyAdditiveEtsForms() {
        double[] y = dailyWithTrendAndWeeklySeason(120, 6);
        y[10] = 0;

        ForecastResult r = forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 14, MethodChoice.parse("ets")));

        assertThat(r.model()).matches("ETS\\(A,.+,[NA]\\)");
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
    void theExplanationAndTheRemarksAreMessagesReadInChineseByAChineseReaderAndInEnglishByDefault() {
        double[] y = dailyWithTrendAndWeeklySeason(120, 7);
        y[115] = 0;

        ForecastResult r = forecaster.forecast(
                new ForecastRequest(y, Period.DAY, 7, 14, MethodChoice.AUTO, ErrorMetric.MAPE));

        assertThat(r.explanation(Locale.SIMPLIFIED_CHINESE)).startsWith("选用 " + r.method().id() + "（" + r.model() + "）：")
                .contains("其他方法为").doesNotContain("was chosen");
        assertThat(r.notes(Locale.SIMPLIFIED_CHINESE)).anySatisfy(n -> assertThat(n).isEqualTo("此序列无法计算 MAPE，改由 SMAPE 决定"));
        assertThat(r.explanation()).as("English by default").startsWith(r.method().id() + " (" + r.model() + ") was chosen")
                .contains(", against ");
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).isEqualTo("MAPE is undefined for this series; SMAPE decided"));
        ForecastResult named = forecaster.forecast(new ForecastRequest(y, Period.DAY, 7, 14, MethodChoice.parse("theta")));
        assertThat(named.explanation(Locale.SIMPLIFIED_CHINESE)).isEqualTo("使用 theta（" + named.model() + "），因为这是指定的方法。");
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
    void refusalsReadInEnglishForTheApiAndInChineseForPages() {
        double[] ok = dailyWithTrendAndWeeklySeason(100, 10);

        assertThatThrownBy(() -> forecaster.forecast(new ForecastRequest(ok, Period.DAY, 7, 301, MethodChoice.AUTO)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e).hasMessage("horizon: must be between 1 and 300 (three times the history, at most"
                            + " 10000), was 301");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("必须在 1 到 300 之间（历史长度的三倍，最多 10000），当前为 301");
                });
        assertThatThrownBy(() -> MethodChoice.parse("arima"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e).hasMessageStartingWith("method: unknown method 'arima', expected one of seasonal-naive,");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).startsWith("未知的预测方法 'arima'，可选 seasonal-naive,");
                });
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
