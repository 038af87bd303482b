package io.dcim.power.load;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A cabinet's draw and inlet temperature over a period, bucketed by {@code step}.
 *
 * @param powerW      per bucket, the sum of the cabinet's PDUs' mean power, in W (buckets where no PDU reported
 *                    are absent, so the chart shows a gap rather than a drop to zero)
 * @param inletC      per bucket, the hottest mean inlet temperature of the cabinet's PDU probes and sensors, in °C
 * @param contractedW what the cabinet's contract allows
 */
public record CabinetTrend(long cabinetId, String cabinetName, Instant from, Instant to, Duration step,
                           int contractedW, List<TrendPoint> powerW, List<TrendPoint> inletC, double inletLowC,
                           double inletHighC) implements Serializable {

    public CabinetTrend {
        powerW = List.copyOf(powerW);
        inletC = List.copyOf(inletC);
    }
}
