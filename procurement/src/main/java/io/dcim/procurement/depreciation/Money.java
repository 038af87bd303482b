package io.dcim.procurement.depreciation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** CNY amounts are kept to the fen, rounded half-up, as the books are. */
final class Money {

    static final int FEN_SCALE = 2;
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(FEN_SCALE);

    private Money() {
    }

    static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(FEN_SCALE, ROUNDING);
    }

    /** numerator / denominator rounded once, to the fen. */
    static BigDecimal divide(BigDecimal numerator, long denominator) {
        return numerator.divide(BigDecimal.valueOf(denominator), FEN_SCALE, ROUNDING);
    }
}
