package io.dcim.forecasting.economics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Card-hours and core-hours used and available at a site, as the usage feature publishes them
 * ({@code forecasting.usage.UsageQueries.totals}); economics reads them through this shape so that it depends
 * on nothing else of usage. A composite key joins its parts (month "2025-03", GPU class name, tenant id) with
 * a separator that is none of letters, digits, '-' or '_' ({@link #parts}).
 */
public interface UsageSource {

    /** How totals are broken down. Economics reads month × class (available) and month × tenant × class (billed). */
    enum Grouping { DAY, MONTH, GPU_CLASS, TENANT, MONTH_GPU_CLASS, MONTH_TENANT, MONTH_TENANT_GPU_CLASS }

    /** One group's card-hours and core-hours used, and card-hours available (in-service cards × hours). */
    record Total(String key, BigDecimal cardHoursUsed, BigDecimal coreHoursUsed, BigDecimal cardHoursAvailable) {
    }

    List<Total> totals(long siteId, LocalDate from, LocalDate toExclusive, Grouping grouping);

    /** The parts of a composite key. */
    static String[] parts(String key) {
        return key.trim().split("[^A-Za-z0-9_-]+");
    }

    /** No usage at all: economics still shows costs (a site before the usage import). */
    UsageSource NONE = (siteId, from, toExclusive, grouping) -> List.of();
}
