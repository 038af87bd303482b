package io.dcim.power.remote;

/** How a collector looks from the central, from its last contact and its buffer. */
public enum CollectorHealth {
    /** Never heard from: not started yet, or its token was never used. */
    NEVER_SEEN,
    /** Heard from within {@link RemoteCollectors#SILENT_AFTER} with an empty buffer. */
    OK,
    /** Heard from recently, but readings wait in its buffer (the link was down, or is slow). */
    CATCHING_UP,
    /** Not heard from for longer than {@link RemoteCollectors#SILENT_AFTER}: the link or the collector is down. */
    SILENT
}
