package io.dcim.procurement.depreciation;

import static io.dcim.procurement.depreciation.Cny.cny;
import static io.dcim.procurement.depreciation.DepreciationMethod.STRAIGHT_LINE;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The assets the worked depreciation examples are computed for, in one place for the tests that share them. */
final class DepreciationExamples {

    /** In service in December 2023: asset years are the calendar years 2024–2028. */
    static final LocalDate DECEMBER_2023 = LocalDate.of(2023, 12, 18);

    private DepreciationExamples() {
    }

    /** 100,000.00 CNY, 5% residual, five years from December 2023. */
    static AssetTerms hundredThousand(DepreciationMethod method) {
        return AssetTerms.of(cny("100,000.00"), new BigDecimal("0.05"), 60, method, DECEMBER_2023);
    }

    /** A 120,000.00 CNY server in service May 2024, straight line: first month June 2024, 1,900.00 a month. */
    static AssetTerms server() {
        return AssetTerms.of(cny("120,000.00"), new BigDecimal("0.05"), 60, STRAIGHT_LINE, LocalDate.of(2024, 5, 15));
    }
}
