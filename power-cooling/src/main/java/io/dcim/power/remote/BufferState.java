package io.dcim.power.remote;

/**
 * A collector's on-disk buffer as it reports it: batches waiting to be sent and their bytes, and batches it had to
 * drop since it started buffering (full buffer), which the console shows so nothing is lost silently.
 */
public record BufferState(long batches, long bytes, long dropped) {

    public static final BufferState EMPTY = new BufferState(0, 0, 0);
}
