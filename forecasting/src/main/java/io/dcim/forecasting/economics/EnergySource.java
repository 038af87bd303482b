package io.dcim.forecasting.economics;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A site's energy per month as the power feature publishes it ({@code power.energy.EnergyQueries}): IT energy
 * and facility energy (zero when the facility is not metered), and each tenant's IT energy.
 */
public interface EnergySource {

    record MonthlyEnergy(YearMonth month, long itWh, long facilityWh) {
    }

    List<MonthlyEnergy> siteMonths(long siteId, YearMonth from, YearMonth toInclusive);

    /** Tenant id → IT energy (Wh) of the tenant's equipment in the month. */
    Map<Long, Long> tenantItWh(long siteId, YearMonth month);

    /** Nothing measured: the electricity line reads zero. */
    EnergySource NONE = new EnergySource() {
        @Override
        public List<MonthlyEnergy> siteMonths(long siteId, YearMonth from, YearMonth toInclusive) {
            return List.of();
        }

        @Override
        public Map<Long, Long> tenantItWh(long siteId, YearMonth month) {
            return Map.of();
        }
    };
}
