package io.dcim.app.config;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long a console session lives: it ends after {@code idle} without a request, and after
 * {@code lifetime} since sign-in whatever happens, so a forgotten signed-in browser does not
 * stay signed in for ever.
 */
public record SessionLimits(Duration idle, Duration lifetime) implements Serializable {

    public static final SessionLimits DEFAULT = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12));
}
