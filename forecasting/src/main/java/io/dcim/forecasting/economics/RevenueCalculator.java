package io.dcim.forecasting.economics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices usage: month by month, or part of a month by part where a price changed within it (and site by site
 * within each), each part at the prices of its first day; a tenant's card-hours of a class are drawn
 * from the prepaid package that holds that day until it is used up, at the package's price per hour; the
 * rest, and every core-hour, at the list price less the tenant's discount. Usage from before the reported
 * months is passed in only to know what is left of packages; lines are answered for every row.
 */
final class RevenueCalculator {

    private final Prices prices;
    /** Package id → card-hours left. */
    private final Map<Long, BigDecimal> left = new HashMap<>();

    RevenueCalculator(Prices prices) {
        this.prices = prices;
    }

    List<RevenueLine> lines(List<UsageRow> rows) {
        List<UsageRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(UsageRow::from).thenComparingLong(UsageRow::siteId)
                .thenComparingLong(UsageRow::tenantId).thenComparing(UsageRow::gpuClass));
        List<RevenueLine> lines = new ArrayList<>(ordered.size());
        for (UsageRow row : ordered) {
            lines.add(line(row));
        }
        return lines;
    }

    private RevenueLine line(UsageRow row) {
        LocalDate day = row.from();
        BigDecimal discount = prices.discountPercent(row.tenantId(), day);
        BigDecimal cardPrice = prices.cardHourPrice(row.gpuClass(), day);
        BigDecimal corePrice = prices.coreHourPrice(row.gpuClass(), day);
        BigDecimal fromPackage = BigDecimal.ZERO;
        BigDecimal packageAmount = Fen.ZERO;
        var pack = prices.packageOf(row.tenantId(), row.gpuClass(), day);
        if (pack.isPresent()) {
            BigDecimal hoursLeft = left.computeIfAbsent(pack.get().getId(), id -> BigDecimal.valueOf(pack.get().getCardHours()));
            fromPackage = hoursLeft.min(row.cardHours());
            left.put(pack.get().getId(), hoursLeft.subtract(fromPackage));
            packageAmount = fromPackage.multiply(pack.get().getPrice())
                    .divide(BigDecimal.valueOf(pack.get().getCardHours()), 2, RoundingMode.HALF_UP);
        }
        BigDecimal cardAmount = Fen.discounted(row.cardHours().subtract(fromPackage).multiply(cardPrice), discount);
        BigDecimal coreAmount = Fen.discounted(row.coreHours().multiply(corePrice), discount);
        return new RevenueLine(row.siteId(), row.month(), row.from(), row.to(), row.tenantId(), row.gpuClass(),
                row.cardHours(), row.coreHours(), fromPackage, packageAmount, cardPrice, corePrice, discount, cardAmount, coreAmount);
    }
}
