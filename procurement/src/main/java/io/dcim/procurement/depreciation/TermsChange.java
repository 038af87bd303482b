package io.dcim.procurement.depreciation;

import io.dcim.common.error.InvalidValueException;

import io.dcim.common.error.Message;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A change in accounting estimate (CAS 28): a new useful life and/or residual rate, applied
 * prospectively from {@code month} on. Months already booked stay as they were.
 *
 * @param month            first month depreciated under the new terms
 * @param usefulLifeMonths the new total useful life, counted from the first depreciation month
 *                         (not the remaining life), or {@code null} to keep the current one
 * @param residualRate     the new residual rate (of original cost), or {@code null} to keep it
 */
public record TermsChange(YearMonth month, Integer usefulLifeMonths, BigDecimal residualRate) implements DepreciationEvent {

    public TermsChange {
        if (month == null) {
            throw new InvalidValueException("effectiveMonth", Message.of("common.field.required"));
        }
        if (usefulLifeMonths == null && residualRate == null) {
            throw new InvalidValueException("usefulLifeMonths", Message.of("procurement.depreciation.changeEmpty"));
        }
        if (residualRate != null) {
            AssetTerms.validResidualRate(residualRate);
        }
    }

    public static TermsChange usefulLife(YearMonth month, int usefulLifeMonths) {
        return new TermsChange(month, usefulLifeMonths, null);
    }

    public static TermsChange residualRate(YearMonth month, BigDecimal residualRate) {
        return new TermsChange(month, null, residualRate);
    }

    public OptionalInt newUsefulLifeMonths() {
        return usefulLifeMonths == null ? OptionalInt.empty() : OptionalInt.of(usefulLifeMonths);
    }

    public Optional<BigDecimal> newResidualRate() {
        return Optional.ofNullable(residualRate);
    }
}
