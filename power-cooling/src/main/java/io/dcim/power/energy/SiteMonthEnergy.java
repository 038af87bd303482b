package io.dcim.power.energy;

import io.dcim.power.load.FacilitySource;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A site's energy in one month, with where it came from.
 *
 * @param from         the month's first instant in the site's zone
 * @param to           the next month's first instant
 * @param counterHours PDU-hours counted from energy counters
 * @param powerHours   PDU-hours counted from integrated power (no counter in that hour)
 */
public record SiteMonthEnergy(YearMonth month, Instant from, Instant to, long itWh, long facilityWh,
                              FacilitySource facilitySource, int counterHours, int powerHours) implements Serializable {
}
