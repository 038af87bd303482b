package io.dcim.power.energy;

import io.dcim.power.load.FacilitySource;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A site's energy year: per month and for the year, IT and facility energy, PUE, rack occupancy, renewable share,
 * carbon and energy per GPU-hour, each marked against the {@link EnergyTargets}.
 *
 * @param previousRenewableSharePct the year before's renewable share, which this year's must beat by the growth
 *                                  target (null when nothing was measured then)
 * @param previousKwhPerGpuHour     the year before's IT energy per GPU-hour, which this year's must be below
 */
public record EnergyReport(long siteId, String siteName, String timeZone, int year, FacilitySource facilitySource,
                           BigDecimal gridEmissionKgPerKwh, EnergyTargets targets, List<Month> months,
                           EnergyFigures total, BigDecimal previousRenewableSharePct,
                           BigDecimal previousKwhPerGpuHour) implements Serializable {

    public EnergyReport {
        months = List.copyOf(months);
    }

    /** One month's figures; {@code measured} false for a month without any IT reading (future, before going live). */
    public record Month(YearMonth month, boolean measured, EnergyFigures figures) implements Serializable {
    }
}
