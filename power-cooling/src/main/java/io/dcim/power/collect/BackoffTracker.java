package io.dcim.power.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers targets that keep failing and rests them for growing intervals (base, 2x base, 4x base ... max),
 * so a dead rack does not eat a share of every sweep's time and in-flight budget. One success resets it.
 * Shared by the collectors (SNMP, Redfish): each keeps its own.
 */
public final class BackoffTracker {

    private final int afterFailures;
    private final Duration base;
    private final Duration max;
    private final Clock clock;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    public BackoffTracker(int afterFailures, Duration base, Duration max, Clock clock) {
        this.afterFailures = afterFailures;
        this.base = base;
        this.max = max;
        this.clock = clock;
    }

    /** The instant until which the target rests, if it does. */
    public Optional<Instant> restingUntil(String targetId) {
        State s = states.get(targetId);
        if (s == null || s.until == null || !clock.instant().isBefore(s.until)) {
            return Optional.empty();
        }
        return Optional.of(s.until);
    }

    public void record(String targetId, PollOutcome outcome) {
        if (!outcome.countsAsFailure()) {
            states.remove(targetId);
            return;
        }
        states.compute(targetId, (id, old) -> {
            int failures = old == null ? 1 : old.failures + 1;
            Instant until = null;
            if (failures >= afterFailures) {
                int doublings = Math.min(failures - afterFailures, 30);
                Duration rest = base.multipliedBy(1L << doublings);
                until = clock.instant().plus(rest.compareTo(max) > 0 ? max : rest);
            }
            return new State(failures, until);
        });
    }

    /** Forgets the target's failures: what failed was another configuration (it was edited). */
    public void forget(String targetId) {
        states.remove(targetId);
    }

    /** What is known of the target's failures, to hand over with its lease. */
    public BackoffState state(String targetId) {
        State s = states.get(targetId);
        return s == null ? BackoffState.NONE : new BackoffState(s.failures, s.until);
    }

    /** Takes over what another node knew of the target's failures (replacing what this one knew). */
    public void restore(String targetId, BackoffState state) {
        if (state.failures() == 0) {
            states.remove(targetId);
        } else {
            states.put(targetId, new State(state.failures(), state.restingUntil()));
        }
    }

    public int consecutiveFailures(String targetId) {
        State s = states.get(targetId);
        return s == null ? 0 : s.failures;
    }

    private record State(int failures, Instant until) {
    }
}
