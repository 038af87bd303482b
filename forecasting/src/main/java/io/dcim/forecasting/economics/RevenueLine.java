package io.dcim.forecasting.economics;

import io.dcim.forecasting.history.GpuClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What one tenant's use of one class in one month at one site earns (from {@code from} to {@code to}, both included:
 * the whole month, or its part between two price changes), line by line as a bill shows it:
 * card-hours drawn from a prepaid package at its price per hour, the rest at the list price less the
 * tenant's discount, and core-hours at the list price less the discount. Each amount is rounded to the fen.
 */
public record RevenueLine(long siteId, YearMonth month, LocalDate from, LocalDate to, long tenantId, GpuClass gpuClass, BigDecimal cardHours,
                          BigDecimal coreHours, BigDecimal packageCardHours, BigDecimal packageAmount,
                          BigDecimal cardHourPrice, BigDecimal coreHourPrice, BigDecimal discountPercent,
                          BigDecimal cardAmount, BigDecimal coreAmount) {

    public BigDecimal amount() {
        return packageAmount.add(cardAmount).add(coreAmount);
    }
}
