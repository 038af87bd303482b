package io.dcim.procurement.depreciation;

import java.math.BigDecimal;

/** Amounts written the way they are hand-computed: "1,900.00". */
final class Cny {

    private Cny() {
    }

    static BigDecimal cny(String amount) {
        return new BigDecimal(amount.replace(",", ""));
    }
}
