package io.dcim.power.load;

import java.io.Serializable;

/**
 * What one PDU reads now: its power and its most loaded phase's current, each null without a current reading.
 */
public record PduDraw(long targetId, Double watts, Double maxPhaseA) implements Serializable {
}
