package io.dcim.power.energy;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * A site's energy in one month of its time zone, in Wh.
 *
 * @param itWh       what the site's rack PDUs delivered: their energy counters where they meter energy, else their
 *                   power integrated over the hourly roll-ups
 * @param facilityWh what the facility drew: its utility meters, else its UPS inputs (power integrated over the
 *                   hourly roll-ups), else the IT energy times the site's design PUE (an estimate)
 */
public record MonthlyEnergy(YearMonth month, long itWh, long facilityWh) implements Serializable {
}
