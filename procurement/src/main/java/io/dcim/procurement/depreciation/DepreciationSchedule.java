package io.dcim.procurement.depreciation;

import io.dcim.common.error.InvalidValueException;

import io.dcim.common.error.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The months of one asset's depreciation, from its first depreciation month to the end of its
 * life or its disposal, and the balances they give at any time.
 *
 * <p>Balances are read as the books show them at a month's end: before the first depreciation
 * month the asset stands at cost; after its last month it stays at its final values; after
 * the month it was disposed of it is off the books and both its net book value and its
 * accumulated depreciation read zero. (The schedule does not know whether the asset was on the
 * books before it was placed in service: callers that care filter on the in-service date.)
 */
public final class DepreciationSchedule {

    private final AssetTerms terms;
    private final YearMonth firstMonth;
    private final BigDecimal residualValue;
    private final List<Period> periods;
    private final Optional<DisposalResult> disposal;

    DepreciationSchedule(AssetTerms terms, YearMonth firstMonth, BigDecimal residualValue, List<Period> periods,
                         Optional<DisposalResult> disposal) {
        this.terms = terms;
        this.firstMonth = firstMonth;
        this.residualValue = residualValue;
        this.periods = List.copyOf(periods);
        this.disposal = disposal;
    }

    public AssetTerms terms() {
        return terms;
    }

    /** The first month depreciated, whether or not the schedule has any period (disposal in between). */
    public YearMonth firstMonth() {
        return firstMonth;
    }

    /** The residual value in force at the end (after any change of residual rate). */
    public BigDecimal residualValue() {
        return residualValue;
    }

    /** Every month depreciated, in order, without gaps. */
    public List<Period> periods() {
        return periods;
    }

    public Optional<DisposalResult> disposal() {
        return disposal;
    }

    /** The sum of all periods: cost − residual exactly unless the asset was disposed of early. */
    public BigDecimal totalDepreciation() {
        return periods.isEmpty() ? Money.ZERO : periods.get(periods.size() - 1).accumulated();
    }

    /** The charge for one month; zero outside the schedule. */
    public BigDecimal depreciationFor(YearMonth month) {
        int i = index(month);
        return i >= 0 && i < periods.size() ? periods.get(i).depreciation() : Money.ZERO;
    }

    /** The charges of the months {@code from} to {@code to}, both included. */
    public BigDecimal depreciationBetween(YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new InvalidValueException(from == null ? "from" : "to", Message.of("common.field.required"));
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", Message.of("procurement.depreciation.rangeEndsBeforeStart", to,
                    from));
        }
        return chargedThrough(to).subtract(chargedThrough(from.minusMonths(1)));
    }

    /** Accumulated depreciation at the end of {@code month}. */
    public BigDecimal accumulatedDepreciationAt(YearMonth month) {
        return derecognisedBy(month) ? Money.ZERO : chargedThrough(month);
    }

    /** Net book value (cost − accumulated depreciation) at the end of {@code month}. */
    public BigDecimal netBookValueAt(YearMonth month) {
        return derecognisedBy(month) ? Money.ZERO : terms.cost().subtract(chargedThrough(month));
    }

    /**
     * Accumulated depreciation on {@code date}. A month's depreciation is booked on its last day,
     * so on the 15th of June the balance is that of the end of May.
     */
    public BigDecimal accumulatedDepreciationAt(LocalDate date) {
        return accumulatedDepreciationAt(lastClosedMonth(date));
    }

    /** Net book value on {@code date}; see {@link #accumulatedDepreciationAt(LocalDate)}. */
    public BigDecimal netBookValueAt(LocalDate date) {
        return netBookValueAt(lastClosedMonth(date));
    }

    private static YearMonth lastClosedMonth(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return date.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }

    private boolean derecognisedBy(YearMonth month) {
        return disposal.isPresent() && month.isAfter(disposal.get().month());
    }

    /** Sum of the charges up to and including {@code month}, disposal or not. */
    private BigDecimal chargedThrough(YearMonth month) {
        int i = index(month);
        if (i < 0 || periods.isEmpty()) {
            return Money.ZERO;
        }
        return periods.get(Math.min(i, periods.size() - 1)).accumulated();
    }

    private int index(YearMonth month) {
        long i = ChronoUnit.MONTHS.between(firstMonth, month);
        return (int) Math.max(-1, Math.min(Integer.MAX_VALUE, i));
    }
}
