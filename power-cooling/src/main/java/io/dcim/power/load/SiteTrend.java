package io.dcim.power.load;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A site's IT load and PUE over a period, bucketed by {@code step} from the 5-minute or hourly roll-ups (so the
 * bucket still being rolled up is not there yet).
 *
 * @param itW  per bucket, the mean IT load (sum of the site's PDUs), in W
 * @param pue  per bucket, facility energy over IT energy; with {@link FacilitySource#DESIGN_PUE} it is the
 *             configured design PUE, not a measurement
 */
public record SiteTrend(long siteId, String siteName, Instant from, Instant to, Duration step,
                        FacilitySource facilitySource, List<TrendPoint> itW, List<TrendPoint> pue)
        implements Serializable {

    public SiteTrend {
        itW = List.copyOf(itW);
        pue = List.copyOf(pue);
    }
}
