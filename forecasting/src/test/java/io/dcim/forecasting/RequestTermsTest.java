package io.dcim.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import io.dcim.forecasting.backtest.ErrorMetric;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Periods, criteria and interval levels as requests spell them, and the refusals that name the field. */
class RequestTermsTest {

    @Test
    void periodsAreReadAsIsoDurationsOrByNameAndMinutesAreNotMonths() {
        assertThat(Period.parse("period", "PT5M")).isEqualTo(Period.FIVE_MINUTES);
        assertThat(Period.parse("period", "pt30m")).isEqualTo(Period.HALF_HOUR);
        assertThat(Period.parse("period", "PT60M")).as("an equal duration").isEqualTo(Period.HOUR);
        assertThat(Period.parse("period", "PT1H")).isEqualTo(Period.HOUR);
        assertThat(Period.parse("period", "P1D")).isEqualTo(Period.DAY);
        assertThat(Period.parse("period", "P7D")).isEqualTo(Period.WEEK);
        assertThat(Period.parse("period", "P1W")).isEqualTo(Period.WEEK);
        assertThat(Period.parse("period", "P1M")).as("ISO: P1M is a month").isEqualTo(Period.MONTH);
        assertThat(Period.parse("period", "PT1M")).as("and PT1M a minute").isEqualTo(Period.MINUTE);
        assertThat(Period.parse("period", "P3M")).isEqualTo(Period.QUARTER);
        assertThat(Period.parse("period", "day")).as("the names the API took before").isEqualTo(Period.DAY);
        assertThat(Period.parse("period", "Half-Hour")).isEqualTo(Period.HALF_HOUR);
        assertThat(Period.HALF_HOUR.seasons()).containsExactly(48, 336);
        assertThat(Period.ofStep(Duration.ofMinutes(15))).contains(Period.FIFTEEN_MINUTES);
    }

    @Test
    void anUnknownPeriodIsRefusedNamingTheFieldAndListingThePeriods() {
        assertThatThrownBy(() -> Period.parse("period", "PT7M"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("period"))
                .hasMessageContaining("'PT7M' is not a period").hasMessageContaining("PT30M");
        assertThatThrownBy(() -> Period.parse("period", "fortnight")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void criteriaAreTheBacktestErrorsAndAicc() {
        assertThat(Criterion.parse("criterion", "AICc")).isEqualTo(Criterion.AICC);
        assertThat(Criterion.parse("criterion", "smape").metric()).contains(ErrorMetric.SMAPE);
        assertThat(Criterion.AICC.metric()).isEmpty();
        assertThatThrownBy(() -> Criterion.parse("criterion", "bic"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("criterion"))
                .hasMessageContaining("mase, smape, mape, aicc");
    }

    @Test
    void levelsInPercentBecomeFractionsAndTheOneAtFaultIsNamedByIndex() {
        assertThat(IntervalLevels.fromPercent("levels", null)).containsExactly(0.80, 0.95);
        assertThat(IntervalLevels.fromPercent("levels", new double[] {50, 99.5})).containsExactly(0.5, 0.995);
        assertThat(IntervalLevels.percent(0.95)).isEqualTo(95.0);

        assertLevelsRefused(new double[] {80, 100}, "levels[1]", "strictly between 0 and 100");
        assertLevelsRefused(new double[] {0, 80}, "levels[0]", "was 0.0");
        assertLevelsRefused(new double[] {80, 95, 80}, "levels[2]", "twice");
        assertLevelsRefused(new double[0], "levels", "1 to 5");
        assertLevelsRefused(new double[] {10, 20, 30, 40, 50, 60}, "levels", "gave 6");
    }

    @Test
    void refusalsReadInSimplifiedChineseFromTheModulesBundle() {
        InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
                () -> IntervalLevels.fromPercent("levels", new double[] {80, 120}));

        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("必须严格介于 0 和 100 之间（百分数，例如 80），实际为 120.0");
        assertThat(e.reason(Locale.ENGLISH)).isEqualTo("must be strictly between 0 and 100 (a percentage such as 80), was 120.0");
    }

    private static void assertLevelsRefused(double[] percents, String field, String part) {
        assertThatThrownBy(() -> IntervalLevels.fromPercent("levels", percents))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(part);
    }
}
