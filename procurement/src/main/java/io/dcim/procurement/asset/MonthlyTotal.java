package io.dcim.procurement.asset;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One group's depreciation for a month and its balances at the month's end. */
public record MonthlyTotal(YearMonth month, String group, BigDecimal depreciation, BigDecimal accumulatedDepreciation,
                           BigDecimal netBookValue) {
}
