package io.dcim.procurement.depreciation;

import io.dcim.common.error.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static io.dcim.procurement.depreciation.Cny.amounts;
import static io.dcim.procurement.depreciation.Cny.cny;
import static io.dcim.procurement.depreciation.DepreciationMethod.DOUBLE_DECLINING_BALANCE;
import static io.dcim.procurement.depreciation.DepreciationMethod.STRAIGHT_LINE;
import static io.dcim.procurement.depreciation.DepreciationMethod.SUM_OF_YEARS_DIGITS;
import static io.dcim.procurement.depreciation.ScheduleReadings.chargesFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepreciationEventsTest {

    private final DepreciationCalculator calculator = new DepreciationCalculator();

    /** In service May 2024, first depreciation month June 2024, 1,900.00 a month. */
    private final AssetTerms server = DepreciationExamples.server();


    @Test
    void disposalDepreciatesTheDisposalMonthAndStopsAfterIt() {
        // June 2024 – March 2026 = 22 months × 1,900.00 = 41,800.00; NBV 78,200.00;
        // sold for 60,000.00: loss of 18,200.00.
        DepreciationSchedule schedule = calculator.schedule(server,
                List.of(new Disposal(YearMonth.of(2026, 3), cny("60,000.00"))));

        assertThat(schedule.periods()).hasSize(22);
        assertThat(schedule.periods().get(21).month()).isEqualTo(YearMonth.of(2026, 3));
        DisposalResult disposal = schedule.disposal().orElseThrow();
        assertThat(disposal.accumulatedDepreciation()).isEqualTo(cny("41,800.00"));
        assertThat(disposal.netBookValue()).isEqualTo(cny("78,200.00"));
        assertThat(disposal.gainOrLoss()).isEqualTo(cny("-18,200.00"));
        assertThat(schedule.depreciationFor(YearMonth.of(2026, 4))).isEqualTo(cny("0.00"));
        assertThat(schedule.netBookValueAt(YearMonth.of(2026, 3))).isEqualTo(cny("78,200.00"));
        // Off the books after the disposal month.
        assertThat(schedule.netBookValueAt(YearMonth.of(2026, 4))).isEqualTo(cny("0.00"));
        assertThat(schedule.accumulatedDepreciationAt(YearMonth.of(2026, 4))).isEqualTo(cny("0.00"));
        assertThat(schedule.depreciationBetween(YearMonth.of(2026, 1), YearMonth.of(2026, 12))).isEqualTo(cny("5,700.00"));
    }

    @Test
    void disposalInTheInServiceMonthIsNeverDepreciatedUnderTheNextMonthConvention() {
        DepreciationSchedule schedule = calculator.schedule(server,
                List.of(new Disposal(YearMonth.of(2024, 5), cny("125,000.00"))));

        assertThat(schedule.periods()).isEmpty();
        assertThat(schedule.disposal().orElseThrow().netBookValue()).isEqualTo(cny("120,000.00"));
        assertThat(schedule.disposal().orElseThrow().gainOrLoss()).isEqualTo(cny("5,000.00"));
    }

    @Test
    void disposalAfterTheEndOfLifeLeavesTheResidualAsBookValue() {
        DepreciationSchedule schedule = calculator.schedule(server,
                List.of(new Disposal(YearMonth.of(2031, 1), cny("0"))));

        assertThat(schedule.periods()).hasSize(60);
        assertThat(schedule.disposal().orElseThrow().netBookValue()).isEqualTo(cny("6,000.00"));
        assertThat(schedule.disposal().orElseThrow().gainOrLoss()).isEqualTo(cny("-6,000.00"));
    }

    @Test
    void shorterLifeSpreadsWhatIsLeftOverTheRemainingMonths() {
        // 24 months at 1,900.00 (June 2024 – May 2026) = 45,600.00; NBV 74,400.00.
        // Life cut to 48 months from June 2026: 24 months left, (74,400.00 − 6,000.00) / 24 = 2,850.00.
        DepreciationSchedule schedule = calculator.schedule(server,
                List.of(TermsChange.usefulLife(YearMonth.of(2026, 6), 48)));

        assertThat(schedule.periods()).hasSize(48);
        assertThat(schedule.depreciationFor(YearMonth.of(2026, 5))).isEqualTo(cny("1,900.00"));
        assertThat(schedule.periods().subList(24, 48)).allSatisfy(p -> assertThat(p.depreciation()).isEqualTo(cny("2,850.00")));
        assertThat(schedule.periods().get(47).month()).isEqualTo(YearMonth.of(2028, 5));
        assertThat(schedule.totalDepreciation()).isEqualTo(cny("114,000.00"));
    }

    @Test
    void higherResidualRateLowersTheRemainingChargesAndStillTiesExactly() {
        // NBV 74,400.00 in June 2026; residual 10% = 12,000.00; (74,400.00 − 12,000.00) / 36 = 1,733.33
        // (36 × = 62,399.88), the last month takes 1,733.33 + 0.12 = 1,733.45. Total 108,000.00.
        DepreciationSchedule schedule = calculator.schedule(server,
                List.of(TermsChange.residualRate(YearMonth.of(2026, 6), new BigDecimal("0.10"))));

        assertThat(chargesFor(schedule, "2026-06", "2029-05")).isEqualTo(amounts("1,733.33", "1,733.45"));
        assertThat(schedule.residualValue()).isEqualTo(cny("12,000.00"));
        assertThat(schedule.totalDepreciation()).isEqualTo(cny("108,000.00"));
        assertThat(schedule.netBookValueAt(YearMonth.of(2029, 5))).isEqualTo(cny("12,000.00"));
    }

    @Test
    void doubleDecliningBalanceRestartsAtTheNewRateAtAYearBoundary() {
        // Two years as planned: 12 × 3,333.33 + 12 × 2,000.00 = 63,999.96; NBV 36,000.04.
        // New life 6 years from January 2026, rate 2/6:
        //   year 3: 36,000.04 / 3 = 12,000.01 → 1,000.00 a month; value 24,000.03
        //   year 4: 24,000.03 / 3 =  8,000.01 →   666.67 a month; value 16,000.02
        //   years 5–6: (16,000.02 − 5,000.00) / 24 = 458.33 a month
        // Planned 12,000.00 + 8,000.04 + 10,999.92 = 30,999.96 of 31,000.04 left: last month 458.41.
        AssetTerms terms = DepreciationExamples.hundredThousand(DOUBLE_DECLINING_BALANCE);

        DepreciationSchedule schedule = calculator.schedule(terms, List.of(TermsChange.usefulLife(YearMonth.of(2026, 1), 72)));

        assertThat(chargesFor(schedule, "2025-12", "2026-01", "2027-01", "2028-01", "2029-12"))
                .isEqualTo(amounts("2,000.00", "1,000.00", "666.67", "458.33", "458.41"));
        assertThat(schedule.periods()).hasSize(72);
        assertThat(schedule.totalDepreciation()).isEqualTo(cny("95,000.00"));
    }

    @Test
    void residualChangeInMidYearLeavesDecliningBalanceMonthsAloneAndMovesTheTail() {
        // 30 months as planned (2024: 3,333.33, 2025: 2,000.00, Jan–Jun 2026: 1,200.00): NBV 28,800.04.
        // Residual 10% = 10,000.00 from July 2026. Year 3 opened at 36,000.04:
        //   rest of year 3: 36,000.04 × 2/5 × 6/12 = 7,200.01 → 1,200.00 a month; value 21,600.03
        //   years 4–5: (21,600.03 − 10,000.00) / 24 = 483.33 a month
        // Planned 7,200.00 + 11,599.92 = 18,799.92 of 18,800.04 left: last month 483.45.
        AssetTerms terms = DepreciationExamples.hundredThousand(DOUBLE_DECLINING_BALANCE);

        DepreciationSchedule schedule = calculator.schedule(terms,
                List.of(TermsChange.residualRate(YearMonth.of(2026, 7), new BigDecimal("0.10"))));

        assertThat(chargesFor(schedule, "2026-07", "2026-12", "2027-01", "2028-12"))
                .isEqualTo(amounts("1,200.00", "1,200.00", "483.33", "483.45"));
        assertThat(schedule.totalDepreciation()).isEqualTo(cny("90,000.00"));
    }

    @Test
    void sumOfYearsDigitsSharesWhatIsLeftAmongTheRemainingYearsOfTheNewLife() {
        // 18 months as planned: 12 × 2,638.89 + 6 × 2,111.11 = 44,333.34; NBV 55,666.66; left 50,666.66.
        // New life 6 years from July 2025 (half of year 2 left). Digits of years 2–6: 5, 4, 3, 2, 1;
        // weights in twelfths: 5 × 6 = 30, 48, 36, 24, 12 = 150.
        //   rest of year 2: 50,666.66 × 30/150 = 10,133.33 → / 6  = 1,688.89
        //   year 3:         50,666.66 × 48/150 = 16,213.33 → / 12 = 1,351.11
        //   year 4:         50,666.66 × 36/150 = 12,160.00 → / 12 = 1,013.33
        //   year 5:         50,666.66 × 24/150 =  8,106.67 → / 12 =   675.56
        //   year 6:         50,666.66 × 12/150 =  4,053.33 → / 12 =   337.78
        // Planned 10,133.34 + 12 × 3,377.78 = 50,666.70: the last month takes 337.78 − 0.04 = 337.74.
        AssetTerms terms = DepreciationExamples.hundredThousand(SUM_OF_YEARS_DIGITS);

        DepreciationSchedule schedule = calculator.schedule(terms, List.of(TermsChange.usefulLife(YearMonth.of(2025, 7), 72)));

        assertThat(chargesFor(schedule, "2025-06", "2025-07", "2026-01", "2027-01", "2028-01", "2029-01", "2029-12"))
                .isEqualTo(amounts("2,111.11", "1,688.89", "1,351.11", "1,013.33", "675.56", "337.78", "337.74"));
        assertThat(schedule.totalDepreciation()).isEqualTo(cny("95,000.00"));
    }

    @Test
    void changeBeforeDepreciationStartsAppliesFromTheFirstMonth() {
        // Life 36 from the start: 114,000.00 / 36 = 3,166.666… → 3,166.67 (35 × = 110,833.45), last 3,166.55.
        DepreciationSchedule schedule = calculator.schedule(server, List.of(TermsChange.usefulLife(YearMonth.of(2024, 5), 36)));

        assertThat(schedule.periods()).hasSize(36);
        assertThat(schedule.periods().get(0).depreciation()).isEqualTo(cny("3,166.67"));
        assertThat(schedule.periods().get(35).depreciation()).isEqualTo(cny("3,166.55"));
    }

    @Test
    void successiveChangesAndADisposalCombine() {
        // 12 × 1,900.00 = 22,800.00 (NBV 97,200.00); from June 2025 residual 0: 97,200.00 / 48 = 2,025.00;
        // 12 × 2,025.00 = 24,300.00 (NBV 72,900.00); from June 2026 life 48: 72,900.00 / 24 = 3,037.50;
        // disposed of in May 2027 after 12 such months: NBV 72,900.00 − 36,450.00 = 36,450.00.
        DepreciationSchedule schedule = calculator.schedule(server, List.of(
                new Disposal(YearMonth.of(2027, 5), cny("40,000.00")),
                TermsChange.usefulLife(YearMonth.of(2026, 6), 48),
                TermsChange.residualRate(YearMonth.of(2025, 6), BigDecimal.ZERO)));

        assertThat(chargesFor(schedule, "2025-06", "2026-06")).isEqualTo(amounts("2,025.00", "3,037.50"));
        assertThat(schedule.disposal().orElseThrow().netBookValue()).isEqualTo(cny("36,450.00"));
        assertThat(schedule.disposal().orElseThrow().gainOrLoss()).isEqualTo(cny("3,550.00"));
    }

    @Test
    void refusesALifeEndingBeforeTheChangeTakesEffect() {
        assertThatThrownBy(() -> calculator.schedule(server, List.of(TermsChange.usefulLife(YearMonth.of(2026, 6), 24))))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("usefulLifeMonths");
    }

    @Test
    void refusesAResidualAboveTheNetBookValue() {
        // NBV in May 2029 is 7,900.00; a 10% residual would be 12,000.00.
        assertThatThrownBy(() -> calculator.schedule(server,
                List.of(TermsChange.residualRate(YearMonth.of(2029, 5), new BigDecimal("0.10")))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("12000.00")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("residualRate");
    }

    @Test
    void refusesChangesAfterTheEndOfLifeOrAfterDisposal() {
        assertThatThrownBy(() -> calculator.schedule(server, List.of(TermsChange.usefulLife(YearMonth.of(2029, 6), 72))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("fully depreciated")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("effectiveMonth");
        assertThatThrownBy(() -> calculator.schedule(server, List.of(
                new Disposal(YearMonth.of(2025, 1), BigDecimal.ZERO), TermsChange.usefulLife(YearMonth.of(2025, 2), 72))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("disposed")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("effectiveMonth");
    }

    @Test
    void refusesTwoChangesInOneMonthTwoDisposalsAndADisposalBeforeService() {
        YearMonth june = YearMonth.of(2025, 6);
        assertThatThrownBy(() -> calculator.schedule(server, List.of(
                TermsChange.usefulLife(june, 72), TermsChange.residualRate(june, BigDecimal.ZERO))))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("effectiveMonth");
        assertThatThrownBy(() -> calculator.schedule(server, List.of(
                new Disposal(june, BigDecimal.ZERO), new Disposal(june.plusMonths(1), BigDecimal.ZERO))))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("disposalMonth");
        assertThatThrownBy(() -> calculator.schedule(server, List.of(new Disposal(YearMonth.of(2024, 4), BigDecimal.ZERO))))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("disposalMonth");
    }

    @Test
    void refusesAChangeToPartYearsForAMethodThatWorksInWholeYears() {
        AssetTerms terms = DepreciationExamples.hundredThousand(SUM_OF_YEARS_DIGITS);

        assertThatThrownBy(() -> calculator.schedule(terms, List.of(TermsChange.usefulLife(YearMonth.of(2025, 1), 66))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("multiple of 12")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("usefulLifeMonths");
    }
}
