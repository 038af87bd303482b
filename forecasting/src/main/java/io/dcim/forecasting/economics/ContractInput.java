package io.dcim.forecasting.economics;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tenant contract as people enter it: the discount on the list (percent) and its days. */
public record ContractInput(long tenantId, BigDecimal discountPercent, LocalDate validFrom, LocalDate validTo, String note) {
}
