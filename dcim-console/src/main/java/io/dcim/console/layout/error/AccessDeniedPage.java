package io.dcim.console.layout.error;

/** Shown when a role may not open a page or use a control (status 403). */
public class AccessDeniedPage extends ErrorPage {

    public AccessDeniedPage() {
        super(403);
    }
}
