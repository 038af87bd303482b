package io.dcim.forecasting.economics;

import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.cabinet.CabinetDirectory.LeaseTerms;
import io.dcim.procurement.approval.ApprovalImpact;
import io.dcim.procurement.approval.ApprovalService;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.PurchaseRequestService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A purchase request's effect on its site's gross margin, month by month for {@value #MONTHS} months from the month
 * its equipment starts depreciating (the month after arrival; an outsourced contract from its arrival month):
 * <ul>
 *   <li>revenue: the cards × the month's hours × utilization × what a used card-hour earned at the site in the last
 *       {@value #TRAILING_MONTHS} complete months; utilization rises linearly from 1/{@value #RAMP_MONTHS} of the
 *       site's utilization of those months in the first month to all of it in month {@value #RAMP_MONTHS};</li>
 *   <li>depreciation: procurement's monthly charge of the equipment ({@link ApprovalImpact#monthlyDepreciation});</li>
 *   <li>lease: the cabinets the equipment needs beyond the site's empty ones × the average fee of its leases;</li>
 *   <li>electricity: the equipment's typical draw × the month's hours × the site's design PUE × its tariff;</li>
 *   <li>service: the monthly price of outsourced compute lines.</li>
 * </ul>
 * Each amount is rounded to the fen per month. The break-even month is the first whose margin added up since the
 * first month is no longer negative. Nothing is written.
 */
public final class PurchaseOutlook {

    static final int MONTHS = 36;
    static final int RAMP_MONTHS = 6;
    static final int TRAILING_MONTHS = 3;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Database db;
    private final PurchaseRequestService requests;
    private final ApprovalService approvals;
    private final SiteEconomics economics;
    private final PriceBook priceBook;
    private final Clock clock;

    public PurchaseOutlook(Database db, PurchaseRequestService requests, ApprovalService approvals, SiteEconomics economics,
                           PriceBook priceBook, Clock clock) {
        this.db = db;
        this.requests = requests;
        this.approvals = approvals;
        this.economics = economics;
        this.priceBook = priceBook;
        this.clock = clock;
    }

    public PurchaseMargin outlook(long requestId) {
        PurchaseRequest request = requests.find(requestId);
        ApprovalImpact impact = approvals.impact(requestId);
        LocalDate today = LocalDate.now(clock);
        YearMonth trailingTo = YearMonth.from(today).minusMonths(1);
        YearMonth trailingFrom = trailingTo.minusMonths(TRAILING_MONTHS - 1L);
        long gpus = impact.capacity().gpus() + impact.capacity().outsourcedGpus();
        YearMonth first = impact.firstDepreciationMonth() != null ? impact.firstDepreciationMonth()
                : YearMonth.from(request.getExpectedDelivery() != null ? request.getExpectedDelivery() : today);
        List<Message> remarks = new ArrayList<>();
        Long siteId = request.getSiteId();
        if (siteId == null) {
            remarks.add(Message.of("forecasting.outlook.noSite"));
            return new PurchaseMargin(requestId, null, null, gpus, first, trailingFrom, trailingTo, BigDecimal.ZERO,
                    BigDecimal.ZERO, impact.capacity().typicalW(), BigDecimal.ONE, BigDecimal.ZERO, 0, Fen.ZERO,
                    months(first, gpus, BigDecimal.ZERO, BigDecimal.ZERO, impact.monthlyDepreciation(), Fen.ZERO, 0,
                            BigDecimal.ONE, BigDecimal.ZERO, impact.monthlyServiceCost()), null, remarks).withBreakEven();
        }
        EconomicsReport recent = economics.report(siteId, trailingFrom, trailingTo, EconomicsGrouping.MONTH, WhatIf.NONE);
        EconomicsRow total = recent.total();
        BigDecimal utilization = total.utilization() == null ? BigDecimal.ZERO : total.utilization();
        BigDecimal perHour = total.cardHoursUsed().signum() == 0 ? BigDecimal.ZERO
                : total.revenue().divide(total.cardHoursUsed(), 4, RoundingMode.HALF_UP);
        if (perHour.signum() == 0) {
            remarks.add(Message.of("forecasting.outlook.noUsage", trailingFrom, trailingTo));
        }
        long toLease = impact.chosenCabinets() > 0 ? 0 : Math.max(0, impact.cabinetsNeeded() - impact.siteCabinetsEmpty());
        BigDecimal leasePerCabinet = leasePerCabinet(siteId, today);
        BigDecimal pue = db.read(s -> io.dcim.inventory.site.SiteDirectory.find(s, siteId))
                .map(io.dcim.inventory.site.SiteDirectory.SiteFacts::designPue).orElse(null);
        if (pue == null) {
            pue = BigDecimal.ONE;
        }
        BigDecimal tariff = priceBook.forSite(siteId).tariff(YearMonth.from(today)).orElse(BigDecimal.ZERO);
        if (tariff.signum() == 0 && impact.capacity().typicalW() > 0) {
            remarks.add(Message.of("forecasting.outlook.noTariff"));
        }
        List<MarginMonth> months = months(first, gpus, utilization, perHour, impact.monthlyDepreciation(),
                Fen.of(leasePerCabinet.multiply(BigDecimal.valueOf(toLease))), impact.capacity().typicalW(), pue, tariff,
                impact.monthlyServiceCost());
        return new PurchaseMargin(requestId, siteId, recent.siteName(), gpus, first, trailingFrom, trailingTo, utilization,
                perHour, impact.capacity().typicalW(), pue, tariff, toLease, leasePerCabinet, months, null, remarks)
                .withBreakEven();
    }

    static List<MarginMonth> months(YearMonth first, long gpus, BigDecimal utilization, BigDecimal perHour,
                                    BigDecimal depreciation, BigDecimal lease, long typicalW, BigDecimal pue, BigDecimal tariff,
                                    BigDecimal service) {
        List<MarginMonth> out = new ArrayList<>(MONTHS);
        BigDecimal cumulative = Fen.ZERO;
        BigDecimal kw = BigDecimal.valueOf(typicalW).divide(THOUSAND);
        for (int i = 0; i < MONTHS; i++) {
            YearMonth m = first.plusMonths(i);
            BigDecimal hours = BigDecimal.valueOf(24L * m.lengthOfMonth());
            BigDecimal use = utilization.multiply(BigDecimal.valueOf(Math.min(i + 1, RAMP_MONTHS)))
                    .divide(BigDecimal.valueOf(RAMP_MONTHS), 4, RoundingMode.HALF_UP);
            BigDecimal used = BigDecimal.valueOf(gpus).multiply(hours).multiply(use);
            BigDecimal revenue = Fen.of(used.multiply(perHour));
            BigDecimal electricity = Fen.of(kw.multiply(hours).multiply(pue).multiply(tariff));
            BigDecimal dep = Fen.of(depreciation);
            BigDecimal svc = Fen.of(service);
            BigDecimal margin = revenue.subtract(dep).subtract(lease).subtract(electricity).subtract(svc);
            cumulative = cumulative.add(margin);
            out.add(new MarginMonth(m, use, used, revenue, dep, lease, electricity, svc, margin, cumulative));
        }
        return out;
    }

    /** The average monthly fee of the site's cabinets leased on the first of this month, to the fen. */
    private BigDecimal leasePerCabinet(long siteId, LocalDate today) {
        LocalDate day = YearMonth.from(today).atDay(1);
        List<BigDecimal> fees = db.read(s -> CabinetDirectory.leasesInSite(s, siteId)).stream()
                .filter(l -> (l.start() == null || !l.start().isAfter(day)) && (l.end() == null || !l.end().isBefore(day)))
                .map(LeaseTerms::monthlyFee).toList();
        return fees.isEmpty() ? Fen.ZERO : fees.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(fees.size()), 2, RoundingMode.HALF_UP);
    }
}
