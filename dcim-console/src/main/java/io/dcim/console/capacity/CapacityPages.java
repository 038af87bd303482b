package io.dcim.console.capacity;

import org.apache.wicket.protocol.http.WebApplication;

/** Where the forecasting and capacity-planning pages live in the URL space. */
public final class CapacityPages {

    private CapacityPages() {
    }

    public static void mount(WebApplication app) {
        app.mountPage("/capacity", CapacityPage.class);
        app.mountPage("/capacity-plan", CapacityResourcePage.class);
        app.mountPage("/demand", PipelinePage.class);
        app.mountPage("/training", TrainingCalculatorPage.class);
        app.mountPage("/scenarios", ScenariosPage.class);
    }
}
