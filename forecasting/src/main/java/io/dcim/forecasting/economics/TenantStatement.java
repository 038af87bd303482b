package io.dcim.forecasting.economics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A tenant's chargeback for a month: one line per site, GPU class and part of the month between two price, contract
 * or package changes (its days, hours, prices, discount, amounts; the whole month when nothing changed), the
 * amount due, and the IT energy attributed to the tenant's equipment (kWh, three decimals).
 */
public record TenantStatement(long tenantId, String tenantName, YearMonth month, List<Line> lines, BigDecimal amount,
                              BigDecimal energyKwh) {

    public record Line(String siteName, RevenueLine revenue) {
    }
}
