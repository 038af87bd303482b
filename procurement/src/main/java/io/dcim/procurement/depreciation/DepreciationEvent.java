package io.dcim.procurement.depreciation;

import java.time.YearMonth;

/** Something that happens to an asset during its life and changes its schedule. */
public sealed interface DepreciationEvent permits Disposal, TermsChange {

    /** The accounting month the event belongs to. */
    YearMonth month();
}
