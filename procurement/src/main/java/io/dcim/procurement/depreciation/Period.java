package io.dcim.procurement.depreciation;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of a depreciation schedule, as booked at the month's end.
 *
 * @param month        the accounting month
 * @param depreciation the charge for the month
 * @param accumulated  accumulated depreciation after this month
 * @param netBookValue cost less accumulated depreciation after this month
 */
public record Period(YearMonth month, BigDecimal depreciation, BigDecimal accumulated, BigDecimal netBookValue) {
}
