package io.dcim.web.capacity;

import io.dcim.forecasting.capacity.PlanAssumptions;
import io.dcim.forecasting.demand.DemandView;
import io.dcim.forecasting.history.Resource;
import java.io.Serializable;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * What the user asked to plan, as carried in the URL: site, resource, headroom and pipeline view.
 * Bookmarkable, so a plan can be sent to a colleague before the purchase meeting.
 */
record PlanChoice(long siteId, Resource resource, double headroom, DemandView pipeline) implements Serializable {

    static final double DEFAULT_HEADROOM = 0.10;

    static PlanChoice of(PageParameters p, long defaultSite) {
        long site = p.get("site").toLong(defaultSite);
        Resource resource = p.get("resource").isEmpty() ? Resource.GPU : Resource.parse(p.get("resource").toString());
        double headroom = p.get("headroom").toDouble(DEFAULT_HEADROOM * 100) / 100;
        DemandView view = "committed".equalsIgnoreCase(p.get("pipeline").toString("")) ? DemandView.COMMITTED_ONLY
                : DemandView.WEIGHTED;
        return new PlanChoice(site, resource, headroom, view);
    }

    PlanChoice with(Resource other) {
        return new PlanChoice(siteId, other, headroom, pipeline);
    }

    PlanAssumptions assumptions() {
        return PlanAssumptions.defaults().withHeadroom(headroom).withPipeline(pipeline);
    }

    PageParameters parameters() {
        return new PageParameters().set("site", siteId).set("resource", resource.id())
                .set("headroom", Math.round(headroom * 100))
                .set("pipeline", pipeline == DemandView.COMMITTED_ONLY ? "committed" : "weighted");
    }
}
