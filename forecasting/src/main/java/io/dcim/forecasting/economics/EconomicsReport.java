package io.dcim.forecasting.economics;

import java.time.YearMonth;
import java.util.List;

/** A site's economics over months [from, to], broken down as asked, with its total and break-even per GPU class. */
public record EconomicsReport(long siteId, String siteName, YearMonth from, YearMonth to, EconomicsGrouping groupBy,
                              WhatIf whatIf, List<EconomicsRow> rows, EconomicsRow total, List<BreakEven> breakEven) {
}
