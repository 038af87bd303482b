package io.dcim.forecasting.economics;

import io.dcim.forecasting.history.GpuClass;
import java.math.BigDecimal;

/**
 * The utilization a GPU class needs over the months to pay its costs: costs / (card-hours available × revenue
 * per card-hour used). Revenue per hour is what its used hours earned, or its list price when none were used;
 * null when neither is known or nothing was available. Above 1 the class cannot pay its way at that price.
 */
public record BreakEven(GpuClass gpuClass, BigDecimal costs, BigDecimal cardHoursAvailable, BigDecimal revenuePerCardHour,
                        BigDecimal utilization, BigDecimal breakEvenUtilization) {
}
