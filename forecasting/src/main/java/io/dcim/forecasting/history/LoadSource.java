package io.dcim.forecasting.history;

import io.dcim.common.error.NotFoundException;
import io.dcim.power.load.LoadService;
import io.dcim.power.load.SiteLoad;
import java.util.OptionalLong;

/** Where the measured IT draw of a site comes from: power-cooling's live load, when monitoring runs. */
@FunctionalInterface
public interface LoadSource {

    /** The site's measured IT draw in watts now, empty when nothing measures it. */
    OptionalLong measuredItW(long siteId);

    /**
     * The PDUs' current sum through power-cooling; empty when no PDU of the site has a current reading (or
     * power-cooling knows nothing of the site).
     */
    static LoadSource of(LoadService loads) {
        return siteId -> {
            try {
                SiteLoad load = loads.site(siteId);
                return load.itAt() == null || load.itW() <= 0 ? OptionalLong.empty() : OptionalLong.of(load.itW());
            } catch (NotFoundException e) {
                return OptionalLong.empty();
            }
        };
    }
}
