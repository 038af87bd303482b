package io.dcim.console.layout.error;

/** Shown for an address that is not a page of the console or names something that does not exist (status 404). */
public class NotFoundPage extends ErrorPage {

    public NotFoundPage() {
        super(404);
    }
}
