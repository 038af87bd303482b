package io.dcim.power.remote;

/** Whose token a request carried: the collector calling {@code /collectors/self/...}. */
public record CollectorIdentity(long id, String name) {
}
