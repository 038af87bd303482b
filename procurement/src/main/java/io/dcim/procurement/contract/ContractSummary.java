package io.dcim.procurement.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the contract list. A value, safe to keep in a page. */
public record ContractSummary(long id, int version, String contractNumber, String providerName, String gpuModelName,
                              int gpuCount, LocalDate startDate, LocalDate endDate, int termMonths, BigDecimal monthlyCost,
                              Long requestId) implements Serializable {
}
