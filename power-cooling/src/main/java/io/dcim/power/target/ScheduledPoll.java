package io.dcim.power.target;

import io.dcim.power.snmp.PollTarget;
import java.time.Duration;

/**
 * An enabled target ready for the poller: what to send ({@link PollTarget}, credentials decrypted, its id the
 * target id in decimal), how often, and the profile that turns the values read into readings.
 */
public record ScheduledPoll(long targetId, String profileId, Duration interval, PollTarget pollTarget) {
}
