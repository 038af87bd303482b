package io.dcim.forecasting.economics;

import io.dcim.forecasting.history.GpuClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A tenant's card-hours and core-hours of one class at one site, used from {@code from} to {@code to} (days, both
 * included) within one month: the whole month, or the part of it between two price changes. What is billed.
 */
public record UsageRow(long siteId, YearMonth month, LocalDate from, LocalDate to, long tenantId, GpuClass gpuClass,
                       BigDecimal cardHours, BigDecimal coreHours) {

    /** The whole month's use. */
    UsageRow(long siteId, YearMonth month, long tenantId, GpuClass gpuClass, BigDecimal cardHours, BigDecimal coreHours) {
        this(siteId, month, month.atDay(1), month.atEndOfMonth(), tenantId, gpuClass, cardHours, coreHours);
    }

    UsageRow scaled(BigDecimal factor) {
        return new UsageRow(siteId, month, from, to, tenantId, gpuClass, cardHours.multiply(factor),
                coreHours.multiply(factor));
    }
}
