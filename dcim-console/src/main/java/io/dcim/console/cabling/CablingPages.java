package io.dcim.console.cabling;

import org.apache.wicket.protocol.http.WebApplication;

/** Where the cabling pages live in the URL space (a device's ports are a panel of its page). */
public final class CablingPages {

    private CablingPages() {
    }

    public static void mount(WebApplication app) {
        app.mountPage("/cables", CableListPage.class);
        app.mountPage("/trace", TracePage.class);
        app.mountPage("/fabric-plan", FabricPlanPage.class);
        app.mountPage("/cabling-check", CablingCheckPage.class);
    }
}
