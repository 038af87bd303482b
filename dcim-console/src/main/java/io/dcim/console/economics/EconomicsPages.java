package io.dcim.console.economics;

import org.apache.wicket.protocol.http.WebApplication;

/** Where the unit economics, the tenants' statements and the price book live in the URL space. */
public final class EconomicsPages {

    private EconomicsPages() {
    }

    public static void mount(WebApplication app) {
        app.mountPage("/economics", EconomicsPage.class);
        app.mountPage("/statement", StatementPage.class);
        app.mountPage("/prices", PricesPage.class);
        app.mountPage("/price-edit", PriceEditPage.class);
        app.mountPage("/tariff-edit", TariffEditPage.class);
        app.mountPage("/package-edit", PackageEditPage.class);
        app.mountPage("/contract-edit", ContractEditPage.class);
    }
}
