package io.dcim.forecasting.economics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** CNY to the fen, half up, as bills and the books round; ratios to four decimals. */
final class Fen {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Fen() {
    }

    static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** a / b to four decimals; null when b is zero. */
    static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? null : a.divide(b, 4, RoundingMode.HALF_UP);
    }

    /** a × (100 − discount) / 100 to the fen. */
    static BigDecimal discounted(BigDecimal a, BigDecimal discountPercent) {
        return of(a.multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED));
    }
}
