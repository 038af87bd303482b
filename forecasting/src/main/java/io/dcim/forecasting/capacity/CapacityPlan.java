package io.dcim.forecasting.capacity;

import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.method.MethodName;
import io.dcim.procurement.request.Cny;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A site's capacity plan for one resource: month by month from next month, the exhaustion date at the
 * headroom target and what to buy or lease for each shortfall.
 *
 * @param exhaustion the first day of the first month whose demand exceeds usable capacity; null if none in the horizon
 * @param method     the method of the organic forecast, null when use was held flat (too little history)
 * @param notes      plain-language remarks on the forecast and the lookups
 */
public record CapacityPlan(long siteId, Resource resource, LocalDate today, PlanAssumptions assumptions,
                           List<CapacityMonth> months, LocalDate exhaustion, List<Recommendation> recommendations,
                           MethodName method, List<String> notes) implements Serializable {

    public CapacityPlan {
        months = List.copyOf(months);
        recommendations = List.copyOf(recommendations);
        notes = List.copyOf(notes);
    }

    public boolean exhausts() {
        return exhaustion != null;
    }

    public BigDecimal totalCapex() {
        return recommendations.stream().map(r -> r.costs().capex()).reduce(Cny.ZERO, BigDecimal::add);
    }

    public int totalServers() {
        return recommendations.stream().mapToInt(Recommendation::servers).sum();
    }

    public int totalCabinetsToLease() {
        return recommendations.stream().mapToInt(Recommendation::cabinetsToLease).sum();
    }
}
