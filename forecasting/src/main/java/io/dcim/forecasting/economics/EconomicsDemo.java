package io.dcim.forecasting.economics;

import io.dcim.forecasting.history.GpuClass;
import io.dcim.forecasting.usage.UsageDemo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The demo's prices, so that its economics tell DOMAIN.md's story with {@link UsageDemo}'s usage: a list price per
 * class from the first day of the demo's usage (CNY per card-hour as the operator's AI cloud priced them, a core-hour
 * beside), the first tenant (a university) on a 10 % discount, and a tariff per site. Seeded once: a price book
 * with any list price is left as it is.
 */
public final class EconomicsDemo {

    /** CNY per card-hour and per core-hour. */
    static final Map<GpuClass, BigDecimal[]> LIST = Map.of(
            GpuClass.H100_CLASS, prices("27.60", "0.0800"),
            GpuClass.B200_CLASS, prices("44.00", "0.0800"),
            GpuClass.A100_CLASS, prices("14.40", "0.0800"),
            GpuClass.INFERENCE, prices("6.40", "0.0600"),
            GpuClass.RTX_CLASS, prices("4.20", "0.0600"),
            GpuClass.V100_CLASS, prices("5.20", "0.0600"),
            GpuClass.DOMESTIC, prices("8.00", "0.0600"));
    static final BigDecimal TARIFF = new BigDecimal("0.4200");
    static final BigDecimal UNIVERSITY_DISCOUNT = new BigDecimal("10");

    private final PriceBook book;

    public EconomicsDemo(PriceBook book) {
        this.book = book;
    }

    /** Seeds the demo's prices unless there are some; returns whether it did. */
    public boolean seedIfEmpty(List<Long> siteIds, List<Long> tenantIds) {
        if (!book.prices().isEmpty()) {
            return false;
        }
        LIST.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> book.createPrice(
                new PriceInput(e.getKey(), e.getValue()[0], e.getValue()[1], UsageDemo.FIRST_DAY, null)));
        if (!tenantIds.isEmpty()) {
            book.createContract(new ContractInput(tenantIds.get(0), UNIVERSITY_DISCOUNT, UsageDemo.FIRST_DAY, null,
                    "Demo: academic discount"));
        }
        siteIds.forEach(site -> book.createTariff(new TariffInput(site, TARIFF, UsageDemo.FIRST_DAY, null)));
        return true;
    }

    private static BigDecimal[] prices(String card, String core) {
        return new BigDecimal[] {new BigDecimal(card), new BigDecimal(core)};
    }
}
