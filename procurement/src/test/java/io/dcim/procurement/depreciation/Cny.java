package io.dcim.procurement.depreciation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Amounts written the way they are hand-computed: "1,900.00". */
final class Cny {

    private Cny() {
    }

    static BigDecimal cny(String amount) {
        return new BigDecimal(amount.replace(",", ""));
    }

    /** A worked example's column of amounts, in order. */
    static List<BigDecimal> amounts(String... amounts) {
        return Arrays.stream(amounts).map(Cny::cny).toList();
    }
}
