package io.dcim.console.label;

import org.apache.wicket.protocol.http.WebApplication;

/** Where the tag and custom field pages live in the URL space. */
public final class LabelPages {

    private LabelPages() {
    }

    public static void mount(WebApplication app) {
        app.mountPage("/tags", TagsPage.class);
        app.mountPage("/custom-fields", CustomFieldsPage.class);
    }
}
