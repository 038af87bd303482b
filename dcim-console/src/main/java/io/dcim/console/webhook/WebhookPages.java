package io.dcim.console.webhook;

import org.apache.wicket.protocol.http.WebApplication;

/** Where the event rule and delivery pages live in the URL space. */
public final class WebhookPages {

    private WebhookPages() {
    }

    public static void mount(WebApplication app) {
        app.mountPage("/webhooks", WebhooksPage.class);
        app.mountPage("/webhooks/deliveries", WebhookDeliveriesPage.class);
    }
}
