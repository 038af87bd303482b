package io.dcim.forecasting.demand;

import io.dcim.forecasting.history.Resource;
import java.io.Serializable;

/** Which entries a list shows; null fields do not filter. */
public record DemandFilter(Long siteId, Long tenantId, Resource resource, DemandStage stage) implements Serializable {

    public static DemandFilter all() {
        return new DemandFilter(null, null, null, null);
    }
}
