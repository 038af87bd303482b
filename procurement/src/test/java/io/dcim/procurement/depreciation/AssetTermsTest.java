package io.dcim.procurement.depreciation;

import io.dcim.common.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static io.dcim.procurement.depreciation.Cny.cny;
import static io.dcim.procurement.depreciation.DepreciationMethod.DOUBLE_DECLINING_BALANCE;
import static io.dcim.procurement.depreciation.DepreciationMethod.STRAIGHT_LINE;
import static io.dcim.procurement.depreciation.DepreciationMethod.SUM_OF_YEARS_DIGITS;
import static io.dcim.procurement.depreciation.StartConvention.NEXT_MONTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AssetTermsTest {

    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");
    private static final LocalDate IN_SERVICE = LocalDate.of(2024, 5, 15);

    @Test
    void residualValueIsCostTimesRateRoundedHalfUpToTheFen() {
        // 12,345.67 × 0.05 = 617.2835 → 617.28; 12,345.70 × 0.05 = 617.285 → 617.29
        assertThat(AssetTerms.of(cny("12,345.67"), FIVE_PERCENT, 36, STRAIGHT_LINE, IN_SERVICE).residualValue())
                .isEqualTo(cny("617.28"));
        assertThat(AssetTerms.of(cny("12,345.70"), FIVE_PERCENT, 36, STRAIGHT_LINE, IN_SERVICE).residualValue())
                .isEqualTo(cny("617.29"));
    }

    @Test
    void keepsCostAtTheFenScale() {
        assertThat(AssetTerms.of(new BigDecimal("5000"), FIVE_PERCENT, 36, STRAIGHT_LINE, IN_SERVICE).cost())
                .isEqualTo(cny("5,000.00"));
    }

    @Test
    void straightLineAcceptsAPartYearLife() {
        assertThat(AssetTerms.of(cny("100.00"), BigDecimal.ZERO, 30, STRAIGHT_LINE, IN_SERVICE).usefulLifeMonths()).isEqualTo(30);
    }

    @Test
    void nextMonthIsTheDefaultConvention() {
        AssetTerms terms = AssetTerms.of(cny("100.00"), BigDecimal.ZERO, 12, STRAIGHT_LINE, IN_SERVICE);
        assertThat(terms.convention()).isEqualTo(NEXT_MONTH);
        assertThat(terms.firstDepreciationMonth()).isEqualTo(YearMonth.of(2024, 6));
    }

    @Test
    void invalidTermsNameTheFieldAtFault() {
        assertRefused("cost", () -> AssetTerms.of(null, FIVE_PERCENT, 36, STRAIGHT_LINE, IN_SERVICE));
        assertRefused("cost", () -> AssetTerms.of(cny("0.00"), FIVE_PERCENT, 36, STRAIGHT_LINE, IN_SERVICE));
        assertRefused("cost", () -> AssetTerms.of(cny("-1.00"), FIVE_PERCENT, 36, STRAIGHT_LINE, IN_SERVICE));
        assertRefused("cost", () -> AssetTerms.of(new BigDecimal("10.005"), FIVE_PERCENT, 36, STRAIGHT_LINE, IN_SERVICE));
        assertRefused("residualRate", () -> AssetTerms.of(cny("10.00"), null, 36, STRAIGHT_LINE, IN_SERVICE));
        assertRefused("residualRate", () -> AssetTerms.of(cny("10.00"), new BigDecimal("-0.01"), 36, STRAIGHT_LINE, IN_SERVICE));
        assertRefused("residualRate", () -> AssetTerms.of(cny("10.00"), BigDecimal.ONE, 36, STRAIGHT_LINE, IN_SERVICE));
        assertRefused("usefulLifeMonths", () -> AssetTerms.of(cny("10.00"), FIVE_PERCENT, 11, STRAIGHT_LINE, IN_SERVICE));
        assertRefused("usefulLifeMonths", () -> AssetTerms.of(cny("10.00"), FIVE_PERCENT, 1201, STRAIGHT_LINE, IN_SERVICE));
        assertRefused("usefulLifeMonths", () -> AssetTerms.of(cny("10.00"), FIVE_PERCENT, 30, DOUBLE_DECLINING_BALANCE, IN_SERVICE));
        assertRefused("usefulLifeMonths", () -> AssetTerms.of(cny("10.00"), FIVE_PERCENT, 42, SUM_OF_YEARS_DIGITS, IN_SERVICE));
        assertRefused("method", () -> AssetTerms.of(cny("10.00"), FIVE_PERCENT, 36, null, IN_SERVICE));
        assertRefused("inServiceDate", () -> AssetTerms.of(cny("10.00"), FIVE_PERCENT, 36, STRAIGHT_LINE, null));
        assertRefused("convention", () -> new AssetTerms(cny("10.00"), FIVE_PERCENT, 36, STRAIGHT_LINE, IN_SERVICE, null));
        assertRefused("proceeds", () -> new Disposal(YearMonth.of(2025, 1), cny("-5.00")));
        assertRefused("usefulLifeMonths", () -> new TermsChange(YearMonth.of(2025, 1), null, null));
        assertRefused("residualRate", () -> TermsChange.residualRate(YearMonth.of(2025, 1), new BigDecimal("1.5")));
    }

    private static void assertRefused(String field, Executable construction) {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, () -> construction.execute());
        assertThat(refused).as("refusal naming %s", field).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.getMessage()).startsWith(field + ": ");
    }
}
