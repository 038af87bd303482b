package io.dcim.forecasting.testing;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.economics.UsageSource;
import io.dcim.forecasting.usage.UsageGrouping;
import io.dcim.forecasting.usage.UsageQueries;

/** Economics' usage as the application wires it (dcim-app {@code EconomicsServices}): over the real usage query. */
public final class RealUsage {

    private RealUsage() {
    }

    public static UsageSource of(Database db) {
        UsageQueries queries = new UsageQueries(db);
        return (site, from, to, grouping) -> queries.totals(site, from, to, UsageGrouping.valueOf(grouping.name()))
                .stream().map(t -> new UsageSource.Total(t.key(), t.cardHoursUsed(), t.coreHoursUsed(),
                        t.cardHoursAvailable())).toList();
    }
}
