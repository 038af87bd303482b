package io.dcim.power.energy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Turns raw sums into the figures people read, rounded as shown, and marks them against the targets. */
final class EnergyMarks {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EnergyTargets targets;
    private final BigDecimal emissionKgPerKwh;

    EnergyMarks(EnergyTargets targets, BigDecimal emissionKgPerKwh) {
        this.targets = targets;
        this.emissionKgPerKwh = emissionKgPerKwh;
    }

    /**
     * Falling energy per GPU-hour is judged on the exact ratios: three decimals of kWh would call a real fall equal.
     *
     * @param before the same period a year earlier (the renewable share must have grown from it by the target,
     *               the energy per GPU-hour must have fallen from it)
     */
    EnergyFigures figures(EnergySums t, EnergySums before) {
        if (!t.measured()) {
            return new EnergyFigures(null, null, null, Mark.UNKNOWN, Mark.UNKNOWN, 0, (int) t.cabinetsLeased(), null,
                    Mark.UNKNOWN, null, null, Mark.UNKNOWN, null, 0, null, Mark.UNKNOWN);
        }
        BigDecimal pue = pue(t);
        BigDecimal occupancy = occupancyPct(t);
        BigDecimal share = renewableSharePct(t);
        BigDecimal perGpuHour = kwhPerGpuHour(t);
        BigDecimal shareBefore = before.measured() ? renewableSharePct(before) : null;
        BigDecimal perGpuHourBefore = before.measured() ? kwhPerGpuHour(before) : null;
        return new EnergyFigures(kwh(t.itWh()), kwh(t.facilityWh()), pue,
                pue == null ? Mark.UNKNOWN : Mark.of(pue.compareTo(targets.pueBelow()) < 0),
                pue == null ? Mark.UNKNOWN : Mark.of(pue.compareTo(targets.pueBelowNewLarge()) < 0),
                (int) t.cabinetsInUse(), (int) t.cabinetsLeased(), occupancy,
                occupancy == null ? Mark.UNKNOWN : Mark.of(occupancy.compareTo(targets.occupancyAtLeastPct()) >= 0),
                BigDecimal.valueOf(t.renewableWh()).divide(THOUSAND, 1, RoundingMode.HALF_UP), share,
                renewableMark(share, shareBefore),
                emissionKgPerKwh == null ? null : BigDecimal.valueOf(t.facilityWh()).multiply(emissionKgPerKwh)
                        .divide(THOUSAND, 1, RoundingMode.HALF_UP),
                t.gpuHours(), perGpuHour,
                perGpuHour == null || perGpuHourBefore == null ? Mark.UNKNOWN
                        : Mark.of((double) t.itWh() / t.gpuHours() < (double) before.itWh() / before.gpuHours()));
    }

    /** Grown by the target from the year before; a site that had no renewable energy then must now have some. */
    private Mark renewableMark(BigDecimal share, BigDecimal before) {
        if (share == null || before == null) {
            return Mark.UNKNOWN;
        }
        BigDecimal needed = before.multiply(HUNDRED.add(targets.renewableGrowthPct())).divide(HUNDRED, 1,
                RoundingMode.HALF_UP);
        return Mark.of(share.signum() > 0 && share.compareTo(needed) >= 0);
    }

    static BigDecimal kwh(long wh) {
        return BigDecimal.valueOf(wh).divide(THOUSAND, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal pue(EnergySums t) {
        return t.itWh() <= 0 || t.facilityWh() <= 0 ? null
                : BigDecimal.valueOf(t.facilityWh()).divide(BigDecimal.valueOf(t.itWh()), 3, RoundingMode.HALF_UP);
    }

    static BigDecimal occupancyPct(EnergySums t) {
        return t.cabinetsLeased() == 0 ? null : BigDecimal.valueOf(t.cabinetsInUse() * 100)
                .divide(BigDecimal.valueOf(t.cabinetsLeased()), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal renewableSharePct(EnergySums t) {
        return t.facilityWh() <= 0 ? null : BigDecimal.valueOf(Math.min(t.renewableWh(), t.facilityWh()) * 100)
                .divide(BigDecimal.valueOf(t.facilityWh()), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal kwhPerGpuHour(EnergySums t) {
        return t.gpuHours() <= 0 ? null : BigDecimal.valueOf(t.itWh())
                .divide(BigDecimal.valueOf(t.gpuHours() * 1000L), 3, RoundingMode.HALF_UP);
    }
}
