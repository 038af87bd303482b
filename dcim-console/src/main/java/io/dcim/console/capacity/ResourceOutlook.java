package io.dcim.console.capacity;

import io.dcim.forecasting.capacity.CapacityPlan;
import io.dcim.forecasting.capacity.Recommendation;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.history.UtilizationPoint;
import io.dcim.forecasting.history.UtilizationSeries;
import io.dcim.forecasting.method.MethodName;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One line of the capacity overview: a resource's use now, when it runs out, what the plan buys and the method that
 * forecast it ({@code null}: held flat, too little history).
 */
record ResourceOutlook(Resource resource, long usedNow, long capacityNow, LocalDate exhaustion, LocalDate firstOrderBy,
        boolean late, int servers, int cabinetsToLease, BigDecimal capex, MethodName method) implements Serializable {

    static ResourceOutlook of(CapacityPlan plan, UtilizationSeries lastWeek) {
        UtilizationPoint now = lastWeek.isEmpty() ? null : lastWeek.points().get(lastWeek.points().size() - 1);
        Recommendation first = plan.recommendations().stream().min(Comparator.comparing(Recommendation::orderBy)).orElse(null);
        return new ResourceOutlook(plan.resource(), now == null ? 0 : now.used(), now == null ? 0 : now.capacity(),
                plan.exhaustion(), first == null ? null : first.orderBy(), first != null && first.late(),
                plan.totalServers(), plan.totalCabinetsToLease(), plan.totalCapex(),
                plan.method());
    }

    double utilization() {
        return capacityNow == 0 ? 0 : (double) usedNow / capacityNow;
    }
}
