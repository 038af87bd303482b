package io.dcim.procurement.asset;

import java.math.BigDecimal;

/**
 * The assets of one group as the books show them on a date.
 *
 * @param group the site name, class label or cost centre ("(none)" when unset); "All" for no grouping
 */
public record AssetBalance(String group, long assets, BigDecimal cost, BigDecimal accumulatedDepreciation,
                           BigDecimal netBookValue) {
}
