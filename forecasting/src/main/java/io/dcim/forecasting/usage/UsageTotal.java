package io.dcim.forecasting.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Usage of one group ({@link UsageGrouping} says what the key is): card-hours and core-hours used (jobs and
 * rentals), and the card-hours the site's in-service cards could have given over the same days. For a tenant
 * the available hours are the site's (or the class's, by month and class) so that tenants' utilizations add
 * up to the site's. Hours carry 4 decimals, rounded half up once from the stored seconds.
 */
public record UsageTotal(String key, BigDecimal cardHoursUsed, BigDecimal coreHoursUsed, BigDecimal cardHoursAvailable) {

    /** used / available, 4 decimals half up; zero when nothing was available. */
    public BigDecimal utilization() {
        return cardHoursAvailable.signum() == 0 ? BigDecimal.ZERO.setScale(4)
                : cardHoursUsed.divide(cardHoursAvailable, 4, RoundingMode.HALF_UP);
    }
}
