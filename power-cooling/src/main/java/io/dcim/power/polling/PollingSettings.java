package io.dcim.power.polling;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.time.Duration;

/**
 * How sweeps pick and wait for targets.
 *
 * @param slack      a target is due when its interval has passed, give or take this much: a trigger firing a
 *                   few milliseconds early must not push a 30 s target to the next sweep 10 s later
 * @param maxWait    how long one sweep waits for its polls; polls still running then are stored by a later
 *                   sweep when they finish (and their targets are not polled again meanwhile), so a stuck
 *                   agent never holds the others' readings back
 */
public record PollingSettings(Duration slack, Duration maxWait) {

    /** Waits 8 s: under the 10 s sweep period, so a stuck agent never makes the next sweep late. */
    public static final PollingSettings DEFAULT = new PollingSettings(Duration.ofSeconds(2), Duration.ofSeconds(8));

    public PollingSettings {
        if (slack == null || slack.isNegative()) {
            throw new InvalidValueException("polling.slack", Message.of("power.field.zeroOrPositiveWas", slack));
        }
        if (maxWait == null || maxWait.isNegative() || maxWait.isZero()) {
            throw new InvalidValueException("polling.maxWait", Message.of("power.field.positiveWas", maxWait));
        }
    }
}
