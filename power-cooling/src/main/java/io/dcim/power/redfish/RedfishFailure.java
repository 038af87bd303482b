package io.dcim.power.redfish;

import io.dcim.power.collect.PollOutcome;

/**
 * Why a request to a BMC gave no usable answer, as the outcome a poll reports and a reason for people (never
 * a credential). Thrown inside the collector's futures only; {@code collect} turns it into an outcome.
 */
final class RedfishFailure extends RuntimeException {

    /** What the collector may try instead of giving up. */
    private enum Remedy { NONE, NEW_SESSION, WITHOUT_QUERY }

    private final PollOutcome outcome;
    private final Remedy remedy;

    RedfishFailure(PollOutcome outcome, String detail) {
        this(outcome, detail, Remedy.NONE);
    }

    private RedfishFailure(PollOutcome outcome, String detail, Remedy remedy) {
        super(detail, null, false, false);
        this.outcome = outcome;
        this.remedy = remedy;
    }

    /** A 401 or 403 to a request carrying a session token: the session may have expired, a new login may help. */
    static RedfishFailure sessionRefused(String detail) {
        return new RedfishFailure(PollOutcome.AUTH_FAILURE, detail, Remedy.NEW_SESSION);
    }

    /**
     * A 400 or 501 to a request with a query ({@code $expand}): the BMC advertised what it does not do, or no
     * longer does after a firmware change; one request per resource still works.
     */
    static RedfishFailure queryRefused(String detail) {
        return new RedfishFailure(PollOutcome.UNREACHABLE, detail, Remedy.WITHOUT_QUERY);
    }

    PollOutcome outcome() {
        return outcome;
    }

    boolean sessionRefused() {
        return remedy == Remedy.NEW_SESSION;
    }

    boolean queryRefused() {
        return remedy == Remedy.WITHOUT_QUERY;
    }
}
