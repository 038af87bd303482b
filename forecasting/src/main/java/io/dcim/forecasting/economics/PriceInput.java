package io.dcim.forecasting.economics;

import io.dcim.forecasting.history.GpuClass;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A GPU class's list price as people enter it: CNY per card-hour and per core-hour, and its days. */
public record PriceInput(GpuClass gpuClass, BigDecimal cardHourPrice, BigDecimal coreHourPrice, LocalDate validFrom,
                         LocalDate validTo) {
}
