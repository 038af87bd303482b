package io.dcim.power.remote;

import java.util.List;

/**
 * A collector's link to the central API: its targets, its pushes, its heartbeat. The shell implements it over
 * HTTP(S) with the collector's token; tests may cut it.
 */
public interface CentralLink {

    /** The targets to poll, with their credentials. */
    List<CollectorTarget> targets() throws LinkDown, Refused;

    /** Sends one buffered batch (its JSON as buffered) and answers what the central did with it. */
    PushAnswer push(byte[] batch) throws LinkDown, Refused;

    void heartbeat(Heartbeat beat) throws LinkDown, Refused;

    /** The central did not answer, or answered that it cannot now (5xx, 429): try again later, nothing is lost. */
    final class LinkDown extends Exception {
        public LinkDown(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The central refused the request itself (4xx): sending it again would be refused again. */
    final class Refused extends Exception {
        private final int status;

        public Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** A token refused (revoked, mistyped): not the batch's fault, so it is kept and tried again. */
        public boolean credentials() {
            return status == 401 || status == 403;
        }
    }
}
