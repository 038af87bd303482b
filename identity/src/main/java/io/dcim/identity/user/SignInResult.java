package io.dcim.identity.user;

import io.dcim.common.error.Message;
import java.time.Duration;

/**
 * The outcome of a password check. A wrong password, an unknown user, a disabled one and a
 * locked one are told the same thing ({@link #refused()}), so that nobody learns which
 * usernames exist; only the client address's own throttle is told apart, with its wait.
 *
 * @param credentialStamp the user's stamp at sign-in, to notice later password changes and disabling
 * @param delay           how long the account is locked ({@link Outcome#LOCKED}) or the address must wait
 *                        ({@link Outcome#THROTTLED}); zero otherwise
 */
public record SignInResult(Principal principal, int credentialStamp, Outcome outcome, Duration delay)
        implements java.io.Serializable {

    public enum Outcome { SIGNED_IN, REFUSED, LOCKED, THROTTLED }

    static final SignInResult REFUSED = new SignInResult(null, 0, Outcome.REFUSED, Duration.ZERO);

    static SignInResult signedIn(Principal principal, int credentialStamp) {
        return new SignInResult(principal, credentialStamp, Outcome.SIGNED_IN, Duration.ZERO);
    }

    static SignInResult locked(Duration lockedFor) {
        return new SignInResult(null, 0, Outcome.LOCKED, lockedFor);
    }

    static SignInResult throttled(Duration wait) {
        return new SignInResult(null, 0, Outcome.THROTTLED, wait);
    }

    public boolean succeeded() {
        return outcome == Outcome.SIGNED_IN;
    }

    public boolean lockedOut() {
        return outcome == Outcome.LOCKED;
    }

    public Duration lockedFor() {
        return lockedOut() ? delay : Duration.ZERO;
    }

    public boolean throttled() {
        return outcome == Outcome.THROTTLED;
    }

    /** Whole seconds to wait before trying again from this address, for Retry-After. */
    public long retryAfterSeconds() {
        return Math.max(1, (delay.toMillis() + 999) / 1000);
    }

    /** Failed sign-ins of every kind but the throttle look the same from outside. */
    public boolean refused() {
        return outcome == Outcome.REFUSED || outcome == Outcome.LOCKED;
    }

    /** English text for the API and the log. */
    public String message() {
        return succeeded() ? "" : why().toString();
    }

    /** Why the sign-in failed, to be read in the caller's language. */
    public Message why() {
        return switch (outcome) {
            case SIGNED_IN -> Message.literal("");
            case THROTTLED -> Message.of("identity.signIn.throttled", retryAfterSeconds());
            default -> Message.of("identity.signIn.refused");
        };
    }
}
