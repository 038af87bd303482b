package io.dcim.procurement.depreciation;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What leaving the books did: the carrying amount removed and the gain (positive) or loss
 * (negative) recognised.
 *
 * @param month                   disposal month (the last month depreciated)
 * @param proceeds                what was received
 * @param accumulatedDepreciation accumulated depreciation at disposal, including that month
 * @param netBookValue            net book value at disposal
 * @param gainOrLoss              proceeds − net book value
 */
public record DisposalResult(YearMonth month, BigDecimal proceeds, BigDecimal accumulatedDepreciation,
                             BigDecimal netBookValue, BigDecimal gainOrLoss) {
}
