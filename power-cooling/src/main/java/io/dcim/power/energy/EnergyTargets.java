package io.dcim.power.energy;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The national green-data-centre targets for 2025 the energy report marks each figure against (DOMAIN.md), in
 * one place.
 *
 * @param pueBelow            PUE must be below this: 1.5 for data centres in general
 * @param pueBelowNewLarge    and below this for new large and very large sites in the leading regions: 1.25
 * @param occupancyAtLeastPct rack occupancy (上架率: cabinets in use over cabinets leased) at least this: 60 %
 * @param renewableGrowthPct  the renewable share must grow by this much a year, relative to the year before
 *                            (a share of 20 % is to become 22 %): 10 %
 */
public record EnergyTargets(BigDecimal pueBelow, BigDecimal pueBelowNewLarge, BigDecimal occupancyAtLeastPct,
                            BigDecimal renewableGrowthPct) implements Serializable {

    /** The 2025 targets of the action plan, as shipped. */
    public static final EnergyTargets NATIONAL_2025 = new EnergyTargets(new BigDecimal("1.5"), new BigDecimal("1.25"),
            new BigDecimal("60"), new BigDecimal("10"));
}
