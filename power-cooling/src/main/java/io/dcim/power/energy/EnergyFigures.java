package io.dcim.power.energy;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A site's energy figures over a month or a year, each with its mark against the targets. Energy in kWh with one
 * decimal; null where nothing was measured (or, for carbon, where the site has no emission factor).
 *
 * @param pue               facility energy over IT energy (energy-weighted), three decimals
 * @param pueMark           against {@link EnergyTargets#pueBelow()}
 * @param pueNewLargeMark   against {@link EnergyTargets#pueBelowNewLarge()} (for new large sites in leading regions)
 * @param occupancyPct      cabinets in use over cabinets leased, in %, one decimal
 * @param renewableSharePct renewable kWh over facility kWh, in %, one decimal
 * @param renewableMark     against last year's share grown by {@link EnergyTargets#renewableGrowthPct()}
 * @param co2Kg             facility kWh times the site's grid emission factor
 * @param gpuHours          GPU-hours in service
 * @param itKwhPerGpuHour   IT energy per GPU-hour delivered, three decimals
 * @param perGpuHourMark    lower than the year before (years only; months compare with the same month)
 */
public record EnergyFigures(BigDecimal itKwh, BigDecimal facilityKwh, BigDecimal pue, Mark pueMark,
                            Mark pueNewLargeMark, int cabinetsInUse, int cabinetsLeased, BigDecimal occupancyPct,
                            Mark occupancyMark, BigDecimal renewableKwh, BigDecimal renewableSharePct,
                            Mark renewableMark, BigDecimal co2Kg, long gpuHours, BigDecimal itKwhPerGpuHour,
                            Mark perGpuHourMark) implements Serializable {
}
