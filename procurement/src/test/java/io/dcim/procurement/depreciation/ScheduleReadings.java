package io.dcim.procurement.depreciation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A schedule's charges read out as a column, to hold against a worked example's column of hand-computed amounts
 * ({@link Cny#amounts}) in one assertion that shows both columns when they differ.
 */
final class ScheduleReadings {

    private ScheduleReadings() {
    }

    /** The charge of each month named as {@code 2026-01}, in the order named. */
    static List<BigDecimal> chargesFor(DepreciationSchedule schedule, String... months) {
        return Arrays.stream(months).map(m -> schedule.depreciationFor(YearMonth.parse(m))).toList();
    }

    /** The charge of January in each year from {@code first} to {@code last}: the monthly rate of that asset year. */
    static List<BigDecimal> monthlyRates(DepreciationSchedule schedule, int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(year -> schedule.depreciationFor(YearMonth.of(year, 1)))
                .toList();
    }

    /** What each calendar year from {@code first} to {@code last} charges in all. */
    static List<BigDecimal> yearTotals(DepreciationSchedule schedule, int first, int last) {
        return IntStream.rangeClosed(first, last)
                .mapToObj(year -> schedule.depreciationBetween(YearMonth.of(year, 1), YearMonth.of(year, 12))).toList();
    }
}
