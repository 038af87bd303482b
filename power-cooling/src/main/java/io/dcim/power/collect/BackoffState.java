package io.dcim.power.collect;

import java.time.Instant;

/**
 * A target's failures in a row and until when it rests: what a collector's back-off knows of it, kept with the
 * target's lease so the node that takes the target over goes on resting a dead agent instead of starting afresh.
 *
 * @param restingUntil null when the target is not resting
 */
public record BackoffState(int failures, Instant restingUntil) {

    public static final BackoffState NONE = new BackoffState(0, null);
}
