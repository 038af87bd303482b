package io.dcim.forecasting.usage;

import static io.dcim.common.access.Permission.USAGE_VIEW;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import java.time.LocalDate;
import java.util.List;

/** Usage and utilization as every door reads them: {@code usage.view}. */
public final class UsageFacade {

    private final UsageQueries queries;

    public UsageFacade(UsageQueries queries) {
        this.queries = queries;
    }

    public List<UtilizationTotal> utilization(Caller caller, long siteId, LocalDate from, LocalDate toExclusive,
                                              UsageGrouping groupBy) {
        return UseCase.call(caller, USAGE_VIEW, () -> queries.utilization(siteId, from, toExclusive, groupBy));
    }
}
