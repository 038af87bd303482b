package io.dcim.forecasting.economics;

import io.dcim.forecasting.history.GpuClass;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A tenant's card-hours and core-hours of one class in one month at one site: what is billed. */
public record UsageRow(long siteId, YearMonth month, long tenantId, GpuClass gpuClass, BigDecimal cardHours,
                       BigDecimal coreHours) {

    UsageRow scaled(BigDecimal factor) {
        return new UsageRow(siteId, month, tenantId, gpuClass, cardHours.multiply(factor), coreHours.multiply(factor));
    }
}
