package io.dcim.web.auth;

import java.time.Duration;

/** The outcome of a password check, with what may be told to the person trying. */
public record SignInResult(Principal principal, Duration lockedFor) {

    static final SignInResult REFUSED = new SignInResult(null, Duration.ZERO);

    public boolean succeeded() {
        return principal != null;
    }

    public boolean lockedOut() {
        return !lockedFor.isZero();
    }

    /** Never says whether the user exists. */
    public String message() {
        if (succeeded()) {
            return "";
        }
        return lockedOut()
                ? "Too many failed sign-in attempts. Try again in " + Math.max(1, lockedFor.toSeconds()) + " seconds."
                : "Wrong username or password.";
    }
}
