package io.dcim.console.layout.error;

/** Shown while a part the console needs, the database above all, cannot be reached (status 503, with Retry-After). */
public class UnavailablePage extends ErrorPage {

    /** Seconds a client should wait before trying again: about the database pool's connection timeout. */
    public static final int RETRY_AFTER_SECONDS = 30;

    public UnavailablePage() {
        super(503);
    }
}
