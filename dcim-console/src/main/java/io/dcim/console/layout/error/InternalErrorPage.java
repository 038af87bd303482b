package io.dcim.console.layout.error;

/** Shown when serving a page failed unexpectedly (status 500); the details are in the server's log, not on the page. */
public class InternalErrorPage extends ErrorPage {

    public InternalErrorPage() {
        super(500);
    }
}
