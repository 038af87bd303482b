package io.dcim.procurement.asset;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A support contract covering an asset: who, from when, for how many months, at what price (CNY, for the term). */
public record SupportContract(long supplierId, LocalDate start, int termMonths, BigDecimal price) {
}
