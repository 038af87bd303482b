package io.dcim.power.chain;

import io.dcim.power.endpoint.Feed;
import java.io.Serializable;

/**
 * One feed's load now against its derated breaker rating.
 *
 * @param loadW        the PDU's measured power, else the recorded devices' share of their draw
 * @param measured     whether loadW and currentA come from the feed's PDU
 * @param currentA     the most loaded phase, in A
 * @param pctOfDerated currentA / deratedA in %, one decimal
 */
public record FeedLoad(long feedId, String feedName, long cabinetId, String cabinetName, String panelName,
                       String sourceName, Feed side, int phases, int voltageV, int breakerRatingA, double deratedA,
                       long deratedW, long loadW, boolean measured, double currentA, double pctOfDerated)
        implements Serializable {

    public boolean over() {
        return currentA > deratedA;
    }
}
