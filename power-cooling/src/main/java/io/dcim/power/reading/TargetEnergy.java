package io.dcim.power.reading;

import java.io.Serializable;

/**
 * What one target delivered over a period, in Wh.
 *
 * @param counterHours hours counted from the target's energy counter
 * @param powerHours   hours counted from its mean power (no counter bucket in that hour)
 */
public record TargetEnergy(long targetId, double wh, int counterHours, int powerHours) implements Serializable {
}
