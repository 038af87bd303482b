package io.dcim.forecasting.demand;

import io.dcim.forecasting.history.Resource;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A pipeline entry as typed. Validation happens in {@link DemandService}, naming the field at fault.
 *
 * @param quantity       in the resource's unit: GPUs, W, cabinets or U
 * @param durationMonths how long the tenant keeps the capacity, from {@code startDate}
 * @param probability    share in [0, 1]; null takes the stage's default
 */
public record DemandInput(Long tenantId, Long siteId, Resource resource, Long quantity, LocalDate startDate,
                          Integer durationMonths, DemandStage stage, BigDecimal probability, String note) {

    public static DemandInput gpus(long tenantId, long siteId, long gpus, LocalDate start, int months, DemandStage stage) {
        return new DemandInput(tenantId, siteId, Resource.GPU, gpus, start, months, stage, null, null);
    }

    public DemandInput withProbability(BigDecimal value) {
        return new DemandInput(tenantId, siteId, resource, quantity, startDate, durationMonths, stage, value, note);
    }

    public DemandInput withNote(String text) {
        return new DemandInput(tenantId, siteId, resource, quantity, startDate, durationMonths, stage, probability, text);
    }
}
