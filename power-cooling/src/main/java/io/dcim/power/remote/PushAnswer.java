package io.dcim.power.remote;

/**
 * What the central answers a batch: stored (with how many readings were new), or already stored (a replay: nothing
 * added). Polls of targets that are not of the collector's site are not stored and counted as refused.
 */
public record PushAnswer(long sequence, boolean duplicate, int pollsStored, int readingsStored, int pollsRefused) {
}
