package io.dcim.forecasting.economics;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of a purchase's effect on the site's gross margin, in CNY to the fen: what its cards earn at the month's
 * utilization, less what it costs (depreciation, cabinets to lease, electricity, outsourced service), and the
 * margin added up since the first month.
 */
public record MarginMonth(YearMonth month, BigDecimal utilization, BigDecimal cardHoursUsed, BigDecimal revenue,
                          BigDecimal depreciation, BigDecimal lease, BigDecimal electricity, BigDecimal service,
                          BigDecimal grossMargin, BigDecimal cumulativeMargin) {

    public BigDecimal totalCost() {
        return depreciation.add(lease).add(electricity).add(service);
    }
}
