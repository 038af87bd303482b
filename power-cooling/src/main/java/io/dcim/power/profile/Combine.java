package io.dcim.power.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How the rows of a table column become readings: one reading per row ({@link #ROWS}, for per-phase and
 * per-outlet values), or one device-level reading combining them (a PDU chain's or a UPS's lines' total power
 * is their {@link #SUM}; the worst of several temperature probes is their {@link #MAX}).
 */
public enum Combine {
    ROWS, SUM, MAX, AVG;

    /** The device-level value of the rows (never called for ROWS or no rows). */
    BigDecimal of(List<BigDecimal> rows) {
        return switch (this) {
            case SUM -> rows.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case MAX -> rows.stream().max(BigDecimal::compareTo).orElseThrow();
            case AVG -> rows.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(rows.size()), 6, RoundingMode.HALF_UP);
            case ROWS -> throw new IllegalStateException("rows are not combined");
        };
    }
}
