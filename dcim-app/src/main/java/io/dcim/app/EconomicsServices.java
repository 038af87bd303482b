package io.dcim.app;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.economics.EconomicsFacade;
import io.dcim.forecasting.economics.EnergySource;
import io.dcim.forecasting.economics.PriceBook;
import io.dcim.forecasting.economics.PricingFacade;
import io.dcim.forecasting.economics.SiteEconomics;
import io.dcim.forecasting.economics.Statements;
import io.dcim.forecasting.economics.UsageSource;

/**
 * Unit economics: the price book, a site's economics and tenants' statements, reading usage and energy through
 * the sources given (the usage and energy features' published queries, adapted in {@link #build}).
 */
public record EconomicsServices(PriceBook prices, SiteEconomics economics, Statements statements) {

    static EconomicsServices build(Database db, ProcurementServices procurement, UsageSource usage, EnergySource energy) {
        PriceBook prices = new PriceBook(db);
        SiteEconomics economics = new SiteEconomics(db, prices, usage, energy, procurement.assetQueries(),
                procurement.contracts());
        return new EconomicsServices(prices, economics, new Statements(db, prices, economics, energy));
    }

    public PricingFacade pricingFacade() {
        return new PricingFacade(prices);
    }

    public EconomicsFacade economicsFacade() {
        return new EconomicsFacade(economics, statements);
    }
}
