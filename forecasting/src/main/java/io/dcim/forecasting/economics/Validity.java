package io.dcim.forecasting.economics;

import java.time.LocalDate;

/** Something that holds from one day to another, both included; no end means until further notice. */
public interface Validity {

    LocalDate getValidFrom();

    LocalDate getValidTo();

    default boolean holdsOn(LocalDate day) {
        return !day.isBefore(getValidFrom()) && (getValidTo() == null || !day.isAfter(getValidTo()));
    }

    default boolean overlaps(Validity other) {
        return (getValidTo() == null || !getValidTo().isBefore(other.getValidFrom()))
                && (other.getValidTo() == null || !other.getValidTo().isBefore(getValidFrom()));
    }
}
