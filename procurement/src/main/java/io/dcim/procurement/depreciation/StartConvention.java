package io.dcim.procurement.depreciation;

import java.time.LocalDate;
import java.time.YearMonth;

/** Which month depreciation starts in, relative to the month the asset was placed in service. */
public enum StartConvention {

    /** CAS 4 default: an asset placed in service during a month starts depreciating the month after. */
    NEXT_MONTH,

    /** Depreciation starts in the in-service month itself (some group policies, IFRS-style reporting). */
    SAME_MONTH;

    public YearMonth firstDepreciationMonth(LocalDate inServiceDate) {
        YearMonth inService = YearMonth.from(inServiceDate);
        return this == NEXT_MONTH ? inService.plusMonths(1) : inService;
    }
}
