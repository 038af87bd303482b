package io.dcim.procurement.approval;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import io.dcim.procurement.request.CapacityAdded;
import io.dcim.procurement.request.LineAmounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * What approving a request means for the site and the books, for the manager who decides:
 * the space and power it needs against what the site has free, the depreciation it starts
 * (equipment) or the monthly service cost (outsourced compute), and how busy the site's GPUs
 * are now and would be with the new ones if demand did not grow.
 *
 * @param cabinetsNeeded            cabinets the equipment fills: the chosen ones, or an estimate
 *                                  from whichever binds, rack units or typical power
 * @param siteCabinetsEmpty         cabinets of the site with nothing in them
 * @param siteHeadroomW             contracted minus typical power over the site's cabinets
 * @param chosenCabinetsFreeU       free units in the cabinets the request names (0 when none)
 * @param chosenCabinetsHeadroomW   power headroom of the cabinets the request names
 * @param monthlyDepreciation       straight-line depreciation per month of the equipment under the
 *                                  asset class defaults, from {@code firstDepreciationMonth}
 * @param monthlyServiceCost        net monthly price of outsourced compute lines
 * @param siteGpusInService         cards in service at the site now
 * @param siteGpusAllocated         of the site's cards, those allocated to tenants
 * @param concerns                  what the manager should look at, as sentences ({@link #warnings(Locale)})
 */
public record ApprovalImpact(long requestId, LineAmounts totals, CapacityAdded capacity, long cabinetsNeeded,
                             long siteCabinets, long siteCabinetsEmpty, long siteHeadroomW, int chosenCabinets,
                             long chosenCabinetsFreeU, long chosenCabinetsHeadroomW, BigDecimal monthlyDepreciation,
                             YearMonth firstDepreciationMonth, BigDecimal monthlyServiceCost, long siteGpus,
                             long siteGpusInService, long siteGpusAllocated, List<Message> concerns) {

    /** What the manager should look at, in English. */
    public List<String> warnings() {
        return warnings(Locale.ROOT);
    }

    public List<String> warnings(Locale locale) {
        return concerns.stream().map(m -> Messages.text(m, locale)).toList();
    }

    /** Typical power the equipment needs, kW to one decimal. */
    public BigDecimal kwNeeded() {
        return capacity.typicalKw();
    }

    public BigDecimal siteHeadroomKw() {
        return BigDecimal.valueOf(siteHeadroomW).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
    }

    /** Allocated share of the site's in-service cards now, 0–1. */
    public double gpuUtilization() {
        return siteGpusInService == 0 ? 0 : (double) siteGpusAllocated / siteGpusInService;
    }

    /** The same share once the bought cards are in service, if no new demand came with them. */
    public double gpuUtilizationAfter() {
        long after = siteGpusInService + capacity.gpus();
        return after == 0 ? 0 : (double) siteGpusAllocated / after;
    }

    public boolean fitsEmptyCabinets() {
        return cabinetsNeeded <= siteCabinetsEmpty;
    }

    public boolean fitsPowerHeadroom() {
        return capacity.typicalW() <= siteHeadroomW;
    }
}
