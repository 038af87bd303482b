package io.dcim.power.redfish;

import io.dcim.power.collect.PollOutcome;

/**
 * Why a request to a BMC gave no usable answer, as the outcome a poll reports and a reason for people (never
 * a credential). Thrown inside the collector's futures only; {@code collect} turns it into an outcome.
 */
final class RedfishFailure extends RuntimeException {

    private final PollOutcome outcome;
    /** A 401 or 403 to a request carrying a session token: the session may have expired, a new login may help. */
    private final boolean sessionRefused;

    RedfishFailure(PollOutcome outcome, String detail) {
        this(outcome, detail, false);
    }

    private RedfishFailure(PollOutcome outcome, String detail, boolean sessionRefused) {
        super(detail, null, false, false);
        this.outcome = outcome;
        this.sessionRefused = sessionRefused;
    }

    static RedfishFailure sessionRefused(String detail) {
        return new RedfishFailure(PollOutcome.AUTH_FAILURE, detail, true);
    }

    PollOutcome outcome() {
        return outcome;
    }

    boolean sessionRefused() {
        return sessionRefused;
    }
}
