package io.dcim.procurement.depreciation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static io.dcim.procurement.depreciation.Cny.amounts;
import static io.dcim.procurement.depreciation.Cny.cny;
import static io.dcim.procurement.depreciation.DepreciationExamples.DECEMBER_2023;
import static io.dcim.procurement.depreciation.DepreciationMethod.DOUBLE_DECLINING_BALANCE;
import static io.dcim.procurement.depreciation.DepreciationMethod.STRAIGHT_LINE;
import static io.dcim.procurement.depreciation.DepreciationMethod.SUM_OF_YEARS_DIGITS;
import static io.dcim.procurement.depreciation.ScheduleReadings.chargesFor;
import static io.dcim.procurement.depreciation.ScheduleReadings.monthlyRates;
import static io.dcim.procurement.depreciation.ScheduleReadings.yearTotals;
import static org.assertj.core.api.Assertions.assertThat;

class DepreciationCalculatorTest {

    private final DepreciationCalculator calculator = new DepreciationCalculator();

    @Test
    void straightLineSpreadsCostLessResidualEvenlyOverTheMonths() {
        // 120,000.00 × 5% = 6,000.00 residual; (120,000.00 − 6,000.00) / 60 = 1,900.00 a month, exactly.
        AssetTerms terms = DepreciationExamples.server();

        DepreciationSchedule schedule = calculator.schedule(terms);

        assertThat(schedule.periods()).hasSize(60)
                .allSatisfy(p -> assertThat(p.depreciation()).isEqualTo(cny("1,900.00")));
        assertThat(schedule.periods().get(0).month()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(schedule.periods().get(59).month()).isEqualTo(YearMonth.of(2029, 5));
        assertThat(schedule.totalDepreciation()).isEqualTo(cny("114,000.00"));
        assertThat(schedule.residualValue()).isEqualTo(cny("6,000.00"));
        assertThat(schedule.periods().get(59).netBookValue()).isEqualTo(cny("6,000.00"));
    }

    @Test
    void straightLineLetsTheLastMonthAbsorbTheRounding() {
        // 10,000.00 × 3% = 300.00 residual; 9,700.00 / 36 = 269.444… → 269.44 a month.
        // 35 × 269.44 = 9,430.40, so the last month takes 9,700.00 − 9,430.40 = 269.60.
        AssetTerms terms = AssetTerms.of(cny("10,000.00"), new BigDecimal("0.03"), 36, STRAIGHT_LINE, DECEMBER_2023);

        List<Period> periods = calculator.schedule(terms).periods();

        assertThat(periods.subList(0, 35)).allSatisfy(p -> assertThat(p.depreciation()).isEqualTo(cny("269.44")));
        assertThat(periods.get(35).depreciation()).isEqualTo(cny("269.60"));
        assertThat(periods.get(35).accumulated()).isEqualTo(cny("9,700.00"));
    }

    @Test
    void aTinyAmountIsChargedUntilItRunsOutAndNeverGoesNegative() {
        // 0.30 / 60 = 0.005 → 0.01 a month: 60 such months would overshoot to 0.60, so the charge
        // stops at what is left: 30 months of 0.01, then 0.00 to the end.
        AssetTerms terms = AssetTerms.of(cny("0.30"), BigDecimal.ZERO, 60, STRAIGHT_LINE, DECEMBER_2023);

        List<Period> periods = calculator.schedule(terms).periods();

        assertThat(periods.subList(0, 30)).allSatisfy(p -> assertThat(p.depreciation()).isEqualTo(cny("0.01")));
        assertThat(periods.subList(30, 60)).allSatisfy(p -> assertThat(p.depreciation()).isEqualTo(cny("0.00")));
        assertThat(periods.get(59).accumulated()).isEqualTo(cny("0.30"));
    }

    @Test
    void doubleDecliningBalanceSwitchesToStraightLineForTheLastTwoYears() {
        // Rate 2/5 = 40% of the opening value, residual ignored:
        //   year 1: 100,000 × 40% = 40,000 → 3,333.33 a month (12 × = 39,999.96)
        //   year 2:  60,000 × 40% = 24,000 → 2,000.00 a month
        //   year 3:  36,000 × 40% = 14,400 → 1,200.00 a month
        //   years 4–5: (21,600 − 5,000) / 2 = 8,300 a year → 691.67 a month (24 × = 16,600.08)
        // Planned 95,000.04 in all, so the last month takes 691.67 − 0.04 = 691.63.
        AssetTerms terms = DepreciationExamples.hundredThousand(DOUBLE_DECLINING_BALANCE);

        DepreciationSchedule schedule = calculator.schedule(terms);

        assertThat(monthlyRates(schedule, 2024, 2027)).isEqualTo(amounts("3,333.33", "2,000.00", "1,200.00", "691.67"));
        assertThat(chargesFor(schedule, "2028-11", "2028-12")).isEqualTo(amounts("691.67", "691.63"));
        assertThat(yearTotals(schedule, 2024, 2028))
                .isEqualTo(amounts("39,999.96", "24,000.00", "14,400.00", "8,300.04", "8,300.00"));
        assertThat(schedule.totalDepreciation()).isEqualTo(cny("95,000.00"));
    }

    @Test
    void doubleDecliningBalanceNeverTakesTheValueBelowTheResidual() {
        // Residual 50% = 50,000. Year 1 = 40,000 (NBV 60,000) → 3,333.33 a month; year 2 would be
        // 24,000 but only 10,000 is left above the residual → 833.33 a month (12 × = 9,999.96);
        // year 3 and the tail plan nothing. The 0.08 the monthly rounding left (0.04 in each year)
        // falls, like all rounding, in the last month of the life: 50,000 − 49,999.92.
        AssetTerms terms = AssetTerms.of(cny("100,000.00"), new BigDecimal("0.50"), 60, DOUBLE_DECLINING_BALANCE, DECEMBER_2023);

        DepreciationSchedule schedule = calculator.schedule(terms);

        assertThat(yearTotals(schedule, 2024, 2025)).isEqualTo(amounts("39,999.96", "9,999.96"));
        assertThat(schedule.depreciationBetween(YearMonth.of(2026, 1), YearMonth.of(2028, 11))).isEqualTo(cny("0.00"));
        assertThat(schedule.depreciationFor(YearMonth.of(2028, 12))).isEqualTo(cny("0.08"));
        assertThat(schedule.periods()).allSatisfy(p -> assertThat(p.netBookValue()).isGreaterThanOrEqualTo(cny("50,000.00")));
    }

    @Test
    void sumOfTheYearsDigitsWeightsEachYearByItsRemainingLife() {
        // Depreciable 95,000, digits 5+4+3+2+1 = 15:
        //   year 1: 95,000 × 5/15 = 31,666.67 → 2,638.89 a month (12 × = 31,666.68)
        //   year 2: 95,000 × 4/15 = 25,333.33 → 2,111.11 (25,333.32)
        //   year 3: 95,000 × 3/15 = 19,000.00 → 1,583.33 (18,999.96)
        //   year 4: 95,000 × 2/15 = 12,666.67 → 1,055.56 (12,666.72)
        //   year 5: 95,000 × 1/15 =  6,333.33 →   527.78 (6,333.36)
        // Planned 95,000.04, so the last month takes 527.78 − 0.04 = 527.74.
        AssetTerms terms = DepreciationExamples.hundredThousand(SUM_OF_YEARS_DIGITS);

        DepreciationSchedule schedule = calculator.schedule(terms);

        assertThat(monthlyRates(schedule, 2024, 2028))
                .isEqualTo(amounts("2,638.89", "2,111.11", "1,583.33", "1,055.56", "527.78"));
        assertThat(schedule.depreciationFor(YearMonth.of(2028, 12))).isEqualTo(cny("527.74"));
        assertThat(schedule.totalDepreciation()).isEqualTo(cny("95,000.00"));
    }

    @Test
    void nextMonthConventionStartsTheMonthAfterInServiceAndSameMonthStartsAtOnce() {
        LocalDate lastDayOfMay = LocalDate.of(2024, 5, 31);
        AssetTerms next = new AssetTerms(cny("120,000.00"), new BigDecimal("0.05"), 60, STRAIGHT_LINE, lastDayOfMay,
                StartConvention.NEXT_MONTH);
        AssetTerms same = new AssetTerms(cny("120,000.00"), new BigDecimal("0.05"), 60, STRAIGHT_LINE, lastDayOfMay,
                StartConvention.SAME_MONTH);

        DepreciationSchedule fromJune = calculator.schedule(next);
        DepreciationSchedule fromMay = calculator.schedule(same);

        assertThat(fromJune.firstMonth()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(fromJune.depreciationFor(YearMonth.of(2024, 5))).isEqualTo(cny("0.00"));
        assertThat(fromJune.periods().get(59).month()).isEqualTo(YearMonth.of(2029, 5));
        assertThat(fromMay.firstMonth()).isEqualTo(YearMonth.of(2024, 5));
        assertThat(fromMay.depreciationFor(YearMonth.of(2024, 5))).isEqualTo(cny("1,900.00"));
        assertThat(fromMay.periods().get(59).month()).isEqualTo(YearMonth.of(2029, 4));
    }

    @Test
    void answersBalancesAtAnyMonthOrDate() {
        // First month 2024-06 at 1,900.00 a month: end of 2024 = 7 months = 13,300.00.
        AssetTerms terms = DepreciationExamples.server();
        DepreciationSchedule schedule = calculator.schedule(terms);

        assertThat(schedule.accumulatedDepreciationAt(YearMonth.of(2024, 5))).isEqualTo(cny("0.00"));
        assertThat(schedule.netBookValueAt(YearMonth.of(2024, 5))).isEqualTo(cny("120,000.00"));
        assertThat(schedule.accumulatedDepreciationAt(YearMonth.of(2024, 12))).isEqualTo(cny("13,300.00"));
        assertThat(schedule.netBookValueAt(YearMonth.of(2024, 12))).isEqualTo(cny("106,700.00"));
        // December is booked on the 31st: mid-December still shows the end of November (6 months).
        assertThat(schedule.accumulatedDepreciationAt(LocalDate.of(2024, 12, 15))).isEqualTo(cny("11,400.00"));
        assertThat(schedule.netBookValueAt(LocalDate.of(2024, 12, 31))).isEqualTo(cny("106,700.00"));
        assertThat(schedule.depreciationBetween(YearMonth.of(2025, 1), YearMonth.of(2025, 12))).isEqualTo(cny("22,800.00"));
        assertThat(schedule.depreciationBetween(YearMonth.of(2020, 1), YearMonth.of(2040, 1))).isEqualTo(cny("114,000.00"));
        assertThat(schedule.netBookValueAt(YearMonth.of(2035, 1))).isEqualTo(cny("6,000.00"));
        assertThat(schedule.accumulatedDepreciationAt(YearMonth.of(2035, 1))).isEqualTo(cny("114,000.00"));
    }
}
