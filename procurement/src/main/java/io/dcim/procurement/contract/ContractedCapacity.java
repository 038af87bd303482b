package io.dcim.procurement.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Outsourced GPU capacity under contract on a day.
 *
 * @param gpusByModel GPU model name → GPUs, sorted by name
 * @param monthlyCost net monthly cost of the contracts running that day
 */
public record ContractedCapacity(LocalDate date, long gpus, Map<String, Long> gpusByModel, BigDecimal monthlyCost,
                                 int contracts) {
}
