package io.dcim.power.endpoint;

import io.dcim.power.snmp.PollTarget;
import java.time.Duration;

/**
 * An enabled target ready for the poller: what to send ({@link PollTarget}, credentials decrypted, its id the
 * target id in decimal), how often, and the profile that turns the values read into readings.
 *
 * @param version the target's row version: it changes with every edit, so the sweep can tell an edited target
 *                (to poll it afresh, without its old back-off) from one it polled before
 */
public record ScheduledPoll(long targetId, int version, String profileId, Duration interval, PollTarget pollTarget) {
}
