package io.dcim.power.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A collector's view of its link to the central, for its own {@code /health}: whether the last call reached the
 * central (any answer, even a refusal, means the link is up; no answer, a 5xx or a 429 means it is down), when a
 * batch was last stored there, and the lag: now minus the sweep time of the newest batch the central stored (the
 * central's figure, seen from the site). Updated by the collector's two threads, read by the health server.
 */
public final class LinkStatus {

    /** The link as {@code /health} reports it: UNKNOWN until the first call ends; TOKEN_REFUSED on a 401 or 403. */
    public enum Link { UNKNOWN, UP, DOWN, TOKEN_REFUSED }

    /**
     * @param lastPushAt when the central last stored a batch (null: none since start)
     * @param lag        now minus the newest stored batch's sweep (null: none since start)
     */
    public record Snapshot(Link link, Instant linkSince, Instant lastPushAt, Duration lag) {
    }

    private final Clock clock;
    private Link link = Link.UNKNOWN;
    private Instant linkSince;
    private Instant lastPushAt;
    private Instant newestPushedSweep;

    LinkStatus(Clock clock) {
        this.clock = clock;
    }

    synchronized void answered() {
        set(Link.UP);
    }

    synchronized void failed() {
        set(Link.DOWN);
    }

    /** The central answered a call with a refusal: of the token (401, 403), or of that one request (the link is up). */
    synchronized void refused(CentralLink.Refused refusal) {
        set(refusal.credentials() ? Link.TOKEN_REFUSED : Link.UP);
    }

    synchronized void pushed(Instant sweptAt) {
        set(Link.UP);
        lastPushAt = clock.instant();
        if (newestPushedSweep == null || sweptAt.isAfter(newestPushedSweep)) {
            newestPushedSweep = sweptAt;
        }
    }

    synchronized Snapshot snapshot() {
        Instant now = clock.instant();
        return new Snapshot(link, linkSince, lastPushAt,
                newestPushedSweep == null ? null : Duration.between(newestPushedSweep, now));
    }

    private void set(Link next) {
        if (link != next) {
            link = next;
            linkSince = clock.instant();
        }
    }
}
