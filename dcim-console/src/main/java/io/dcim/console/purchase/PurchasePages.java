package io.dcim.console.purchase;

import org.apache.wicket.protocol.http.WebApplication;

/** Where the procurement pages live in the URL space. */
public final class PurchasePages {

    private PurchasePages() {
    }

    public static void mount(WebApplication app) {
        app.mountPage("/purchases", PurchaseListPage.class);
        app.mountPage("/purchase", PurchaseRequestPage.class);
        app.mountPage("/new-purchase", NewPurchaseRequestPage.class);
        app.mountPage("/suppliers", SupplierListPage.class);
        app.mountPage("/supplier-edit", SupplierEditPage.class);
        app.mountPage("/assets", AssetListPage.class);
        app.mountPage("/asset-classes", AssetClassesPage.class);
        app.mountPage("/asset", AssetPage.class);
        app.mountResource("/depreciation-schedule.xlsx", DepreciationExportResource.REFERENCE);
        app.mountPage("/order", OrderPage.class);
        app.mountPage("/orders", OrderListPage.class);
        app.mountPage("/receive", ReceivingPage.class);
        app.mountPage("/exports", ExportPage.class);
        app.mountPage("/expiring", ExpiringPage.class);
        app.mountResource("/exports/file", ExportDownloadResource.REFERENCE);
    }
}
