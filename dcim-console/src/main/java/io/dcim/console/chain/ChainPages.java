package io.dcim.console.chain;

import org.apache.wicket.protocol.http.WebApplication;

/** Where the pages that record the power chain and the BMC endpoints live in the URL space. */
public final class ChainPages {

    private ChainPages() {
    }

    public static void mount(WebApplication app) {
        app.mountPage("/power-chain", PowerChainPage.class);
        app.mountPage("/power-chain/import", PowerChainImportPage.class);
        app.mountPage("/power-source", PowerSourceEditPage.class);
        app.mountPage("/power-panel", PowerPanelEditPage.class);
        app.mountPage("/power-feed", PowerFeedEditPage.class);
        app.mountPage("/power-supplies", CabinetSuppliesPage.class);
        app.mountPage("/redfish-targets", RedfishTargetsPage.class);
        app.mountPage("/redfish-target", RedfishTargetPage.class);
        app.mountResource("/power-chain/sheet", ChainSheetResource.REFERENCE);
    }
}
