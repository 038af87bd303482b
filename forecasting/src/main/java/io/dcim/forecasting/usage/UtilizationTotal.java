package io.dcim.forecasting.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@link UsageTotal} with the allocated share beside it: the card-hours of cards allocated to tenants (the
 * daily allocation snapshots of {@code forecasting.history}) over the same days. Allocation is not recorded
 * per tenant by day, so it is null for the tenant groupings.
 */
public record UtilizationTotal(String key, BigDecimal cardHoursUsed, BigDecimal coreHoursUsed,
                               BigDecimal cardHoursAvailable, BigDecimal cardHoursAllocated) {

    /** Card-hours used / available, 4 decimals half up (0 when nothing was available). */
    public BigDecimal utilization() {
        return share(cardHoursUsed);
    }

    /** Card-hours allocated / available, 4 decimals half up; null for tenants. */
    public BigDecimal allocatedShare() {
        return cardHoursAllocated == null ? null : share(cardHoursAllocated);
    }

    private BigDecimal share(BigDecimal hours) {
        return cardHoursAvailable.signum() == 0 ? BigDecimal.ZERO.setScale(4)
                : hours.divide(cardHoursAvailable, 4, RoundingMode.HALF_UP);
    }
}
