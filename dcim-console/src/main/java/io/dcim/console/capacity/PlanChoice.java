package io.dcim.console.capacity;

import io.dcim.app.Services;
import io.dcim.common.error.InvalidValueException;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.capacity.PlanAssumptions;
import io.dcim.forecasting.capacity.PlanScenario;
import io.dcim.forecasting.demand.DemandView;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.method.MethodName;
import java.io.Serializable;
import java.math.BigDecimal;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.string.StringValue;

/**
 * What the user asked to plan, as carried in the URL: site, resource and the assumptions people
 * change most (headroom, pipeline view, growth, price per GPU-hour, share sold, server lead time), and
 * the forecasting method when the user overrides the backtests' choice.
 * Bookmarkable, so a plan can be sent to a colleague before the purchase meeting; {@code ?scenario=id}
 * opens a saved scenario.
 */
record PlanChoice(long siteId, Resource resource, PlanAssumptions assumptions, MethodName method) implements Serializable {

    PlanChoice(long siteId, Resource resource, PlanAssumptions assumptions) {
        this(siteId, resource, assumptions, null);
    }

    /** The organic forecast's method: the user's, else the one the backtests choose. */
    MethodChoice methodChoice() {
        return method == null ? MethodChoice.AUTO : MethodChoice.named(method);
    }

    /** @throws InvalidValueException naming the URL parameter at fault */
    static PlanChoice of(PageParameters p, long defaultSite, Services services) {
        if (!p.get("scenario").isEmpty()) {
            PlanScenario scenario = services.forecasting().scenarios()
                    .load(p.get("scenario").toLong());
            return new PlanChoice(scenario.getSiteId(), scenario.getResource(), scenario.assumptions());
        }
        long site = p.get("site").toLong(defaultSite);
        Resource resource = p.get("resource").isEmpty() ? Resource.GPU : Resource.parse(p.get("resource").toString());
        PlanAssumptions d = PlanAssumptions.defaults();
        PlanAssumptions a = d.withHeadroom(percent(p, "headroom", d.headroom()))
                .withPipeline("committed".equalsIgnoreCase(p.get("pipeline").toString("")) ? DemandView.COMMITTED_ONLY
                        : DemandView.WEIGHTED)
                .withGrowth(percent(p, "growth", d.growthFactor()))
                .withRevenue(decimal(p, "price", d.pricePerGpuHour()), percent(p, "sold", d.utilization()))
                .withServer(null, null, p.get("lead").isEmpty() ? null : integer(p, "lead"));
        MethodChoice method = MethodChoice.parse(p.get("method").toString("auto"));
        return new PlanChoice(site, resource, a, method.method().orElse(null));
    }

    /** The choice in the URL, or the defaults with the reason reported on the page when the URL is wrong. */
    static PlanChoice ofOrDefaults(PageParameters p, org.apache.wicket.Component reporter, Services services) {
        var sites = services.sites().sites();
        long defaultSite = sites.isEmpty() ? 0 : sites.get(0).getId();
        try {
            return of(p, defaultSite, services);
        } catch (InvalidValueException | io.dcim.common.error.NotFoundException
                | org.apache.wicket.util.string.StringValueConversionException e) {
            reporter.error(e.getMessage());
            return of(new PageParameters(), defaultSite, services);
        }
    }

    PlanChoice with(Resource other) {
        return new PlanChoice(siteId, other, assumptions, method);
    }

    PageParameters parameters() {
        PageParameters p = new PageParameters().set("site", siteId).set("resource", resource.id())
                .set("headroom", Math.round(assumptions.headroom() * 100))
                .set("pipeline", assumptions.pipeline() == DemandView.COMMITTED_ONLY ? "committed" : "weighted")
                .set("growth", Math.round(assumptions.growthFactor() * 100))
                .set("price", assumptions.pricePerGpuHour().stripTrailingZeros().toPlainString())
                .set("sold", Math.round(assumptions.utilization() * 100));
        if (assumptions.leadTimeDays() != null) {
            p.set("lead", assumptions.leadTimeDays());
        }
        if (method != null) {
            p.set("method", method.id());
        }
        return p;
    }

    private static double percent(PageParameters p, String name, double fallback) {
        StringValue value = p.get(name);
        return value.isEmpty() ? fallback : integer(p, name) / 100.0;
    }

    private static int integer(PageParameters p, String name) {
        try {
            return Integer.parseInt(p.get(name).toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, "'" + p.get(name) + "' is not a whole number");
        }
    }

    private static BigDecimal decimal(PageParameters p, String name, BigDecimal fallback) {
        if (p.get(name).isEmpty()) {
            return fallback;
        }
        try {
            return new BigDecimal(p.get(name).toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, "'" + p.get(name) + "' is not a number");
        }
    }
}
