package io.dcim.app;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.economics.EconomicsFacade;
import io.dcim.forecasting.economics.EnergySource;
import io.dcim.forecasting.economics.PriceBook;
import io.dcim.forecasting.economics.PricingFacade;
import io.dcim.forecasting.economics.PurchaseOutlook;
import io.dcim.forecasting.economics.SiteEconomics;
import io.dcim.forecasting.economics.Statements;
import io.dcim.forecasting.economics.UsageSource;
import io.dcim.forecasting.usage.UsageGrouping;
import io.dcim.forecasting.usage.UsageQueries;
import io.dcim.power.energy.EnergyQueries;
import io.dcim.power.load.LoadSettings;
import io.dcim.power.reading.ReadingStore;

/**
 * Unit economics: the price book, a site's economics and tenants' statements, reading usage and energy through
 * the sources given (the usage and energy features' published queries, adapted in {@link #build}).
 */
public record EconomicsServices(PriceBook prices, SiteEconomics economics, Statements statements, PurchaseOutlook outlook) {

    /** Reading usage from {@link UsageQueries} and energy from {@link EnergyQueries}, each through a one-line adapter. */
    static EconomicsServices build(Database db, java.time.Clock clock, ProcurementServices procurement) {
        UsageQueries usageQueries = new UsageQueries(db);
        EnergyQueries energyQueries = new EnergyQueries(db, new ReadingStore(db, clock), LoadSettings.DEFAULT.fallbackDesignPue());
        UsageSource usage = (site, from, to, grouping) -> usageQueries.totals(site, from, to, UsageGrouping.valueOf(grouping.name()))
                .stream().map(t -> new UsageSource.Total(t.key(), t.cardHoursUsed(), t.coreHoursUsed(), t.cardHoursAvailable())).toList();
        EnergySource energy = new EnergySource() {
            @Override
            public java.util.List<MonthlyEnergy> siteMonths(long siteId, java.time.YearMonth from, java.time.YearMonth to) {
                return energyQueries.siteMonths(siteId, from, to).stream()
                        .map(e -> new MonthlyEnergy(e.month(), e.itWh(), e.facilityWh())).toList();
            }

            @Override
            public java.util.Map<Long, Long> tenantItWh(long siteId, java.time.YearMonth month) {
                return energyQueries.tenantItWh(siteId, month);
            }
        };
        return build(db, clock, procurement, usage, energy);
    }

    static EconomicsServices build(Database db, java.time.Clock clock, ProcurementServices procurement, UsageSource usage,
                                   EnergySource energy) {
        PriceBook prices = new PriceBook(db);
        SiteEconomics economics = new SiteEconomics(db, prices, usage, energy, procurement.assetQueries(),
                procurement.contracts());
        return new EconomicsServices(prices, economics, new Statements(db, prices, economics, energy),
                new PurchaseOutlook(db, procurement.requests(), procurement.approvals(), economics, prices, clock));
    }

    public PricingFacade pricingFacade() {
        return new PricingFacade(prices);
    }

    public EconomicsFacade economicsFacade() {
        return new EconomicsFacade(economics, statements, outlook);
    }
}
