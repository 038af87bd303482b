package io.dcim.forecasting.capacity;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import io.dcim.forecasting.demand.DemandSeries;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.method.MethodName;
import io.dcim.procurement.request.Cny;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A site's capacity plan for one resource: month by month from next month, the exhaustion date at the
 * headroom target and what to buy or lease for each shortfall.
 *
 * @param exhaustion the first day of the first month whose demand exceeds usable capacity; null if none in the horizon
 * @param method     the method of the organic forecast, null when use was held flat (too little history)
 * @param remarks    plain-language remarks on the forecast and the lookups, worded per reader ({@link #notes(Locale)});
 *                   the API answers them as {@code notes}, in the request's language
 * @param demandSeries what GPU demand was forecast on: cards allocated, or card-hours used once the site has usage
 */
public record CapacityPlan(long siteId, Resource resource, LocalDate today, PlanAssumptions assumptions,
                           List<CapacityMonth> months, LocalDate exhaustion, List<Recommendation> recommendations,
                           MethodName method, List<Message> remarks, DemandSeries demandSeries) implements Serializable {

    public CapacityPlan {
        months = List.copyOf(months);
        recommendations = List.copyOf(recommendations);
        remarks = List.copyOf(remarks);
    }

    /** The remarks in English, as the log and the API's default read them. */
    public List<String> notes() {
        return notes(Locale.ROOT);
    }

    public List<String> notes(Locale locale) {
        return remarks.stream().map(m -> Messages.text(m, locale)).toList();
    }

    /** The same plan with its remarks already worded in {@code locale}, for an answer serialized without one. */
    public CapacityPlan worded(Locale locale) {
        return new CapacityPlan(siteId, resource, today, assumptions, months, exhaustion, recommendations, method,
                notes(locale).stream().map(Message::literal).toList(), demandSeries);
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
