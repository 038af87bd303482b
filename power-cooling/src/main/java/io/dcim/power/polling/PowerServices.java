package io.dcim.power.polling;

import io.dcim.common.audit.Actor;
import io.dcim.power.alarm.AlarmService;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * What the scheduled jobs call: a sweep followed by an alarm evaluation over what it stored, and the
 * readings' housekeeping. Kept in the Quartz scheduler's context by {@link PowerScheduling}.
 */
public record PowerServices(PollingService polling, Housekeeping housekeeping, AlarmService alarms, Clock clock) {

    public PowerServices {
        Objects.requireNonNull(polling, "polling");
        Objects.requireNonNull(housekeeping, "housekeeping");
        Objects.requireNonNull(alarms, "alarms");
        Objects.requireNonNull(clock, "clock");
    }

    /** Sweeps the targets due now and, unless another sweep was running, evaluates the alarms. */
    public SweepReport sweepAndEvaluate(Instant now) {
        SweepReport report = polling.sweep(now);
        if (!report.skipped()) {
            Actor.as(Actor.SYSTEM, () -> alarms.evaluate(now));
        }
        return report;
    }

    public Housekeeping.Result housekeep(Instant now) {
        return housekeeping.run(now);
    }
}
