package io.dcim.power.load;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * PUE over a period, energy-weighted: total facility energy over total IT energy, from hourly roll-ups, over
 * the hours that have both (an hour without IT readings, or with no facility reading when the facility is
 * measured, is left out rather than counted as zero).
 *
 * @param hours how many hours went into the figure
 * @param pue   three decimals; null when no hour had IT energy
 */
public record PueFigure(Instant from, Instant to, double itKwh, double facilityKwh, BigDecimal pue,
                        FacilitySource facilitySource, int hours) implements Serializable {
}
