package io.dcim.console.layout.error;

/**
 * Shown for a link or form of a page the session no longer holds (it expired, or the server restarted): not an
 * error of the request, so it answers 200 and says to open the page again.
 */
public class ExpiredPage extends ErrorPage {

    public ExpiredPage() {
        super(200, "expired");
    }
}
