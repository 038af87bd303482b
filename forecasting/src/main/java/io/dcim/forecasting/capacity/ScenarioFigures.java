package io.dcim.forecasting.capacity;

import io.dcim.forecasting.history.Resource;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The key figures of a scenario's plan, for side-by-side comparison. Monthly amounts are what all the plan's
 * recommendations add once they have all arrived.
 *
 * @param firstOrderBy      the earliest order-by date of the recommendations, null if nothing is needed
 * @param firstBreakEven    break-even month of the first recommendation, null if none or never
 */
public record ScenarioFigures(long scenarioId, String name, long siteId, Resource resource, PlanAssumptions assumptions,
                              LocalDate exhaustion, LocalDate firstOrderBy, int recommendations, int servers, long added,
                              int cabinetsToLease, BigDecimal capex, BigDecimal monthlyDepreciation, BigDecimal monthlyLease,
                              BigDecimal monthlyElectricity, BigDecimal monthlyRevenue, BigDecimal monthlyMargin,
                              Integer firstBreakEven) implements Serializable {

    static ScenarioFigures of(PlanScenario scenario, CapacityPlan plan) {
        var recs = plan.recommendations();
        return new ScenarioFigures(scenario.getId(), scenario.getName(), plan.siteId(), plan.resource(), plan.assumptions(),
                plan.exhaustion(), recs.stream().map(Recommendation::orderBy).min(LocalDate::compareTo).orElse(null),
                recs.size(), plan.totalServers(), recs.stream().mapToLong(Recommendation::added).sum(),
                plan.totalCabinetsToLease(), plan.totalCapex(), sum(plan, Costs::monthlyDepreciation),
                sum(plan, Costs::monthlyLease), sum(plan, Costs::monthlyElectricity), sum(plan, Costs::monthlyRevenue),
                sum(plan, Costs::monthlyMargin), recs.isEmpty() ? null : recs.get(0).costs().breakEvenMonth());
    }

    private static BigDecimal sum(CapacityPlan plan, java.util.function.Function<Costs, BigDecimal> amount) {
        return plan.recommendations().stream().map(r -> amount.apply(r.costs()))
                .reduce(io.dcim.procurement.request.Cny.ZERO, BigDecimal::add);
    }
}
