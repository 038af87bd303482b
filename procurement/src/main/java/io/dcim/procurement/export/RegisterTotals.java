package io.dcim.procurement.export;

import java.math.BigDecimal;

/**
 * What a register workbook holds: its rows and the totals written under them, added up exactly
 * while the rows streamed past.
 */
public record RegisterTotals(long rows, BigDecimal cost, BigDecimal accumulated, BigDecimal netBookValue) {
}
