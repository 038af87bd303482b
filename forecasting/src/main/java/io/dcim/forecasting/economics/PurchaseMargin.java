package io.dcim.forecasting.economics;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * What a purchase request would do to its site's gross margin month by month ({@link PurchaseOutlook}), with what
 * the figures assume, read from the site's last {@value PurchaseOutlook#TRAILING_MONTHS} months of economics.
 *
 * @param gpus               cards the request adds (bought or outsourced)
 * @param targetUtilization  the site's utilization of those months (card-hours used / available), which the new cards
 *                           reach after {@value PurchaseOutlook#RAMP_MONTHS} months, rising linearly from the first
 * @param revenuePerCardHour what a used card-hour earned at the site in those months
 * @param cabinetsToLease    cabinets beyond the site's empty ones (none when the request names its cabinets)
 * @param leasePerCabinet    the average monthly fee of the site's leased cabinets
 * @param breakEven          the first month whose cumulative margin is no longer negative; null if none in the horizon
 * @param remarks            what the reader should know about the assumptions, worded per reader ({@link #notes(Locale)})
 */
public record PurchaseMargin(long requestId, Long siteId, String siteName, long gpus, YearMonth firstMonth,
                             YearMonth trailingFrom, YearMonth trailingTo, BigDecimal targetUtilization,
                             BigDecimal revenuePerCardHour, long typicalW, BigDecimal pue, BigDecimal tariff,
                             long cabinetsToLease, BigDecimal leasePerCabinet, List<MarginMonth> months, YearMonth breakEven,
                             List<Message> remarks) {

    public PurchaseMargin {
        months = List.copyOf(months);
        remarks = List.copyOf(remarks);
    }

    public List<String> notes(Locale locale) {
        return remarks.stream().map(m -> Messages.text(m, locale)).toList();
    }

    /** The same outlook with its break-even month: the first whose cumulative margin is zero or more. */
    PurchaseMargin withBreakEven() {
        YearMonth even = months.stream().filter(m -> m.cumulativeMargin().signum() >= 0).map(MarginMonth::month).findFirst()
                .orElse(null);
        return new PurchaseMargin(requestId, siteId, siteName, gpus, firstMonth, trailingFrom, trailingTo, targetUtilization,
                revenuePerCardHour, typicalW, pue, tariff, cabinetsToLease, leasePerCabinet, months, even, remarks);
    }

    /** The margin added up over the whole horizon. */
    public BigDecimal horizonMargin() {
        return months.isEmpty() ? Fen.ZERO : months.get(months.size() - 1).cumulativeMargin();
    }
}
