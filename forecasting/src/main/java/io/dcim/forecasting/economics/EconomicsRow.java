package io.dcim.forecasting.economics;

import java.math.BigDecimal;

/**
 * One row of a site's economics: what was earned, each cost line, the gross margin (revenue − costs) and
 * margin % (of revenue, null without revenue), card-hours used and available, utilization (used / available,
 * null when nothing was available) and cost per card-hour used (null when none was used).
 *
 * @param key   the month ("2025-03"), the GPU class name, the tenant id, {@code SHARED}, {@code IDLE} or {@code TOTAL}
 * @param label what people read for the key (a tenant's name); the key itself otherwise
 */
public record EconomicsRow(String key, String label, BigDecimal revenue, CostAmounts costs, BigDecimal totalCost,
                           BigDecimal grossMargin, BigDecimal marginPercent, BigDecimal cardHoursUsed,
                           BigDecimal coreHoursUsed, BigDecimal cardHoursAvailable, BigDecimal utilization,
                           BigDecimal costPerCardHour) {

    static EconomicsRow of(String key, String label, BigDecimal revenue, CostAmounts costs, BigDecimal used,
                           BigDecimal core, BigDecimal available) {
        BigDecimal total = costs.total();
        BigDecimal margin = revenue.subtract(total);
        BigDecimal percent = revenue.signum() == 0 ? null
                : margin.multiply(Fen.HUNDRED).divide(revenue, 2, java.math.RoundingMode.HALF_UP);
        return new EconomicsRow(key, label, revenue, costs, total, margin, percent, used, core, available,
                Fen.ratio(used, available), Fen.ratio(total, used));
    }
}
