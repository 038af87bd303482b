package io.dcim.web.metrics;

import io.dcim.power.collect.PollOutcome;
import io.dcim.power.polling.PollingService;
import io.dcim.power.polling.SweepReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The poller's meters, fed by each {@link SweepReport} the polling service publishes: sweep wall time (with
 * buckets up to the sweep's 8 s wait and beyond), polls stored by outcome kind, targets enabled and due, polls
 * in flight, and sweeps skipped because the previous one still ran. On a cluster each node counts its own.
 */
final class PollerMeters {

    private final Timer sweeps;
    private final Map<PollOutcome, Counter> outcomes = new EnumMap<>(PollOutcome.class);
    private volatile SweepReport last;

    private PollerMeters(MeterRegistry registry, PollingService polling) {
        sweeps = Timer.builder("dcim.poller.sweep.duration")
                .description("Wall time of a poll sweep: sending the due polls and storing what came back")
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                        Duration.ofSeconds(16))
                .register(registry);
        for (PollOutcome outcome : PollOutcome.values()) {
            outcomes.put(outcome, Counter.builder("dcim.poller.polls")
                    .description("Poll results stored, by how the poll ended")
                    .tag("outcome", outcome.name())
                    .register(registry));
        }
        Gauge.builder("dcim.poller.requests.in.flight", polling, PollingService::inFlight)
                .description("Polls sent and not answered yet").register(registry);
        Gauge.builder("dcim.poller.targets.enabled", this, m -> m.last == null ? 0 : m.last.enabled())
                .description("Enabled targets at the last sweep").register(registry);
        Gauge.builder("dcim.poller.targets.due", this, m -> m.last == null ? 0 : m.last.due())
                .description("Targets due and polled at the last sweep").register(registry);
        FunctionCounter.builder("dcim.poller.sweeps.skipped", polling, p -> p.stats().skippedWhileRunning())
                .description("Sweeps skipped because the previous one was still running").register(registry);
    }

    static void bind(MeterRegistry registry, PollingService polling) {
        PollerMeters meters = new PollerMeters(registry, polling);
        polling.onSweep(meters::record);
    }

    private void record(SweepReport report) {
        if (report.skipped()) {
            return;
        }
        last = report;
        sweeps.record(report.wallTime());
        report.outcomes().forEach((outcome, count) -> outcomes.get(outcome).increment(count));
    }
}
