package io.dcim.forecasting.economics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A tenant's chargeback for a month: one line per site and GPU class (hours, prices, discount, amounts), the
 * amount due, and the IT energy attributed to the tenant's equipment (kWh, three decimals).
 */
public record TenantStatement(long tenantId, String tenantName, YearMonth month, List<Line> lines, BigDecimal amount,
                              BigDecimal energyKwh) {

    public record Line(String siteName, RevenueLine revenue) {
    }
}
