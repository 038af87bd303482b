package io.dcim.forecasting.economics;

import io.dcim.forecasting.history.GpuClass;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A prepaid package as people enter it: card-hours of a class for a price (CNY), to be used between two days. */
public record PackageInput(long tenantId, GpuClass gpuClass, long cardHours, BigDecimal price, LocalDate validFrom,
                           LocalDate validTo) {
}
