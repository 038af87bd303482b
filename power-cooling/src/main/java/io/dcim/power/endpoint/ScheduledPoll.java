package io.dcim.power.endpoint;

import io.dcim.power.collect.CollectRequest;
import java.time.Duration;

/**
 * An enabled target ready for its protocol's collector: what to ask ({@link CollectRequest}, credentials
 * decrypted, its endpoint id the target id in decimal, its plan built from the target's profile) and how often.
 *
 * @param version the target's row version: it changes with every edit, so the sweep can tell an edited target
 *                (to poll it afresh, without its old back-off) from one it polled before
 */
public record ScheduledPoll(long targetId, int version, String profileId, Duration interval, CollectRequest request) {
}
