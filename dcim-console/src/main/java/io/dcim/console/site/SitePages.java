package io.dcim.console.site;

import io.dcim.console.cabinet.CabinetEditPage;
import io.dcim.console.tenant.TenantEditPage;
import io.dcim.console.tenant.TenantListPage;
import org.apache.wicket.protocol.http.WebApplication;

/** Where the pages that build and correct the frame (sites to cabinets) the tenants, the catalog and device edits live in the URL space. */
public final class SitePages {

    private SitePages() {
    }

    public static void mount(WebApplication app) {
        app.mountPage("/site-edit", SiteEditPage.class);
        app.mountPage("/room-edit", RoomEditPage.class);
        app.mountPage("/row-edit", RowEditPage.class);
        app.mountPage("/cabinet-edit", CabinetEditPage.class);
        app.mountPage("/tenants", TenantListPage.class);
        app.mountPage("/tenant-edit", TenantEditPage.class);
        app.mountPage("/catalog", io.dcim.console.catalog.CatalogPage.class);
        app.mountPage("/device-model-edit", io.dcim.console.catalog.DeviceModelEditPage.class);
        app.mountPage("/gpu-model-edit", io.dcim.console.catalog.GpuModelEditPage.class);
        app.mountPage("/device-edit", io.dcim.console.device.DeviceEditPage.class);
        app.mountPage("/devices-bulk-edit", io.dcim.console.device.DeviceBulkEditPage.class);
    }
}
