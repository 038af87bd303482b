package io.dcim.procurement.depreciation;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The planned charge of every remaining month of a life, from month index {@code from}
 * (0 = first depreciation month) to the end of the life.
 *
 * <p>The plan is built the way an accountant builds it by hand: an amount per asset year (or
 * per part of a year) rounded to the fen, then one twelfth of it per month, rounded again.
 * Those roundings leave a few fen over or short; the calculator lets the last month of the
 * life absorb them so the schedule ties exactly.
 *
 * <p>The same rule serves a new asset ({@code from = 0}, net book value = cost) and a change of
 * terms in mid-life ({@code from} = months already depreciated, net book value at that point).
 * For a change the method's rule is applied to what is left, keeping the asset's own years:
 * <ul>
 *   <li>straight-line: the remaining depreciable amount evenly over the remaining months;</li>
 *   <li>sum-of-the-years'-digits: the remaining amount is shared among the remaining asset
 *       years of the new life in proportion to their digits (n − k + 1 for year k of n), the
 *       year in progress weighted by the share of it still to run. A change at a year boundary
 *       is therefore plain SYD over the remaining years with digits r, r−1, …, 1;</li>
 *   <li>double-declining-balance: the rate becomes 2 / (new life in years), applied to each
 *       asset year's opening net book value, until the last 24 months of the new life, which
 *       spread the remaining value less the new residual evenly. The rest of the year in
 *       progress takes the new rate on that year's opening value, pro rata for the months left,
 *       so a change of residual rate alone (which declining balance ignores) leaves the
 *       declining-balance months as they were and only moves the straight-line tail. A change
 *       inside the last 24 months is straight-line over the months left.</li>
 * </ul>
 * Declining-balance years never take the value below the residual: CAS 4 forbids
 * depreciating past it, which a high residual rate would otherwise do.
 */
final class MonthlyPlan {

    private final int from;
    private final BigDecimal[] monthly;

    private MonthlyPlan(int from, BigDecimal[] monthly) {
        this.from = from;
        this.monthly = monthly;
    }

    /**
     * @param from         index of the first month planned (months already depreciated)
     * @param lifeMonths   total useful life in months, greater than {@code from}
     * @param netBookValue value at the start of month {@code from}
     * @param residual     residual value, at most {@code netBookValue}
     * @param yearOpening  net book value at the start of the asset year containing {@code from}
     *                     (the declining-balance base of a year already under way)
     */
    static MonthlyPlan of(DepreciationMethod method, int from, int lifeMonths, BigDecimal netBookValue,
                          BigDecimal residual, BigDecimal yearOpening) {
        MonthlyPlan plan = new MonthlyPlan(from, new BigDecimal[lifeMonths - from]);
        BigDecimal depreciable = netBookValue.subtract(residual);
        switch (method) {
            case STRAIGHT_LINE -> plan.spread(from, lifeMonths - from, depreciable);
            case SUM_OF_YEARS_DIGITS -> plan.sumOfYearsDigits(lifeMonths, depreciable);
            case DOUBLE_DECLINING_BALANCE -> plan.doubleDecliningBalance(lifeMonths, netBookValue, residual, yearOpening);
        }
        return plan;
    }

    /** The planned charge for month index {@code month}; zero past the end of the plan. */
    BigDecimal amountFor(int month) {
        int i = month - from;
        return i < monthly.length ? monthly[i] : Money.ZERO;
    }

    private void sumOfYearsDigits(int lifeMonths, BigDecimal depreciable) {
        int years = lifeMonths / 12;
        // Weights in twelfths of a year-digit, so a part-year stays an exact integer weight.
        long totalWeight = 0;
        for (int start = from; start < lifeMonths; start = nextYearStart(start)) {
            totalWeight += weightInTwelfths(years, start);
        }
        for (int start = from; start < lifeMonths; start = nextYearStart(start)) {
            BigDecimal amount = Money.divide(depreciable.multiply(BigDecimal.valueOf(weightInTwelfths(years, start))), totalWeight);
            spread(start, nextYearStart(start) - start, amount);
        }
    }

    private static long weightInTwelfths(int years, int start) {
        int digits = years - start / 12;
        return (long) digits * (nextYearStart(start) - start);
    }

    private void doubleDecliningBalance(int lifeMonths, BigDecimal netBookValue, BigDecimal residual, BigDecimal yearOpening) {
        int years = lifeMonths / 12;
        int straightLineFrom = lifeMonths - 24;
        BigDecimal value = netBookValue;
        int start = from;
        for (; start < straightLineFrom; start = nextYearStart(start)) {
            int months = nextYearStart(start) - start;
            BigDecimal base = start == from ? yearOpening : value;
            // base × (2 / years) × (months / 12), rounded once
            BigDecimal amount = Money.divide(base.multiply(BigDecimal.valueOf(2L * months)), 12L * years)
                    .min(value.subtract(residual).max(Money.ZERO));
            spread(start, months, amount);
            value = value.subtract(amount);
        }
        spread(start, lifeMonths - start, value.subtract(residual).max(Money.ZERO));
    }

    private static int nextYearStart(int month) {
        return (month / 12 + 1) * 12;
    }

    private void spread(int start, int months, BigDecimal amount) {
        Arrays.fill(monthly, start - from, start - from + months, Money.divide(amount, months));
    }
}
