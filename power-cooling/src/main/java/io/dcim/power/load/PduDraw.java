package io.dcim.power.load;

import java.io.Serializable;
import java.util.Map;

/**
 * What one PDU reads now: its power and its most loaded phase's current, each null without a current reading, and
 * the current power of the outlets asked for, by outlet number (those without a current reading left out).
 */
public record PduDraw(long targetId, Double watts, Double maxPhaseA, Map<Integer, Double> outletW)
        implements Serializable {

    public PduDraw {
        outletW = Map.copyOf(outletW);
    }

    public PduDraw(long targetId, Double watts, Double maxPhaseA) {
        this(targetId, watts, maxPhaseA, Map.of());
    }
}
