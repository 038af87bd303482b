package io.dcim.forecasting.economics;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The days a price, contract, package or tariff holds, from one to another, both included; no end means until
 * further notice. Its rules live here once: a period starts, and does not end before it starts; two periods of
 * the same class, tenant or site may not overlap. Refusals name {@code validFrom} and {@code validTo}, the
 * fields people (and the API) give the days in. Stored in the columns {@code valid_from} and {@code valid_to}.
 */
@Embeddable
public class ValidityPeriod implements Serializable {

    private LocalDate validFrom;
    private LocalDate validTo;

    protected ValidityPeriod() {
    }

    private ValidityPeriod(LocalDate validFrom, LocalDate validTo) {
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** The period from {@code validFrom} to {@code validTo} (null: no end); refused naming the field that is wrong. */
    public static ValidityPeriod of(LocalDate validFrom, LocalDate validTo) {
        if (validFrom == null) {
            throw new InvalidValueException("validFrom", Message.of("common.field.required"));
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidValueException("validTo", Message.of("forecasting.economics.endsBeforeStart",
                    validTo, validFrom));
        }
        return new ValidityPeriod(validFrom, validTo);
    }

    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }

    /** Whether the period holds on {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether some day is in both periods. */
    public boolean overlaps(ValidityPeriod other) {
        return (validTo == null || !validTo.isBefore(other.validFrom))
                && (other.validTo == null || !other.validTo.isBefore(validFrom));
    }

    /**
     * Refuses this period, naming {@code validFrom}, when it overlaps one of {@code others}: the entries of the same
     * class, tenant or site, among which {@code self} (the entry being edited, null for a new one) does not count.
     */
    public void refuseOverlapWith(Collection<? extends PriceEntry> others, Long self) {
        for (PriceEntry other : others) {
            ValidityPeriod period = other.getValidity();
            if (!other.getId().equals(self) && period.overlaps(this)) {
                throw new ConflictException("validFrom", Message.of("forecasting.economics.overlaps",
                        period.validFrom, period.validTo == null ? "" : period.validTo));
            }
        }
    }

}
