package io.dcim.power.polling;

import io.dcim.power.collect.CollectRequest;
import io.dcim.power.collect.Collected;
import io.dcim.power.collect.Collectors;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.endpoint.ScheduledPoll;
import io.dcim.power.endpoint.TargetService;
import io.dcim.power.reading.PollStatusStore;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.TargetReading;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sweep hands every enabled target that is due (its own interval has passed since its last poll) to the
 * collector of its protocol ({@link Collectors}), then stores what was read ({@link ReadingStore}) and how each
 * poll went ({@link PollStatusStore}). It sees readings and outcomes only, never a protocol's types.
 *
 * <p>A bad target costs only itself: collectors bound every request by the target's timeout, a profile that
 * cannot map a result loses that target's readings only, and polls still running when the sweep stops waiting
 * are stored by a later sweep instead of holding up the others. Sweeps never overlap: a sweep started while
 * another runs returns at once, {@linkplain SweepReport#skipped() skipped}.
 *
 * <p>On several nodes each polls only the targets it holds the lease of ({@link TargetLeases}), renewed at every
 * sweep, and stores only their results: a poll that finishes after its target went to another node is
 * dropped, never stored twice. When a target was last polled and its back-off travel with its lease, so the
 * node that takes a target over polls it when it is due, not at once, and keeps a dead agent resting.
 */
public final class PollingService {

    private static final Logger log = LoggerFactory.getLogger(PollingService.class);

    private final TargetService targets;
    private final Collectors collectors;
    private final ReadingStore readings;
    private final PollStatusStore statuses;
    private final PollingSettings settings;
    private final TargetLeases leases;
    /** The targets whose leases this node held at its last sweep: only their results are stored. */
    private volatile Set<Long> held = Set.of();

    private final ReentrantLock running = new ReentrantLock();
    private final Map<Long, Instant> lastStarted = new ConcurrentHashMap<>();
    /** The row version of each target when its last poll was sent: another version means it was edited since. */
    private final Map<Long, Integer> versionPolled = new ConcurrentHashMap<>();
    /** Polls sent and not yet stored, by target: a target is not polled again while its last poll runs. */
    private final Map<Long, CompletableFuture<Collected>> inFlight = new ConcurrentHashMap<>();
    private final Queue<Finished> finished = new ConcurrentLinkedQueue<>();
    private final AtomicLong sweeps = new AtomicLong();
    private final AtomicLong skippedSweeps = new AtomicLong();
    private volatile SweepReport lastReport;
    /** Who hears of each completed sweep (the shell's metrics): called on the sweeping thread, so kept quick. */
    private final List<java.util.function.Consumer<SweepReport>> sweepListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public PollingService(TargetService targets, Collectors collectors, ReadingStore readings,
                          PollStatusStore statuses, PollingSettings settings) {
        this(targets, collectors, readings, statuses, settings, TargetLeases.everyTarget());
    }

    public PollingService(TargetService targets, Collectors collectors, ReadingStore readings,
                          PollStatusStore statuses, PollingSettings settings, TargetLeases leases) {
        this.leases = leases;
        this.targets = targets;
        this.collectors = collectors;
        this.readings = readings;
        this.statuses = statuses;
        this.settings = settings;
    }

    /** Polls the targets due at {@code now} and stores the results; returns at once if a sweep is running. */
    public SweepReport sweep(Instant now) {
        if (!running.tryLock()) {
            skippedSweeps.incrementAndGet();
            log.debug("Sweep at {} skipped: the previous sweep is still running", now);
            return SweepReport.skipped(now);
        }
        try {
            long start = System.nanoTime();
            List<ScheduledPoll> enabled = targets.enabledPolls();
            forgetTargetsNoLongerPolled(enabled);
            Map<Long, TargetLeases.Lease> leased = leases.renew(now, enabled.stream().map(ScheduledPoll::targetId).toList());
            takeOver(enabled, leased);
            List<CompletableFuture<Collected>> sent = new ArrayList<>();
            for (ScheduledPoll p : enabled) {
                if (leased.containsKey(p.targetId()) && isDue(p, now)) {
                    sent.add(send(p, now));
                }
            }
            awaitUntil(sent, start + settings.maxWait().toNanos());
            Stored stored = storeFinished();
            SweepReport report = new SweepReport(now, false, enabled.size(), sent.size(), stored.results,
                    inFlight.size(), stored.outcomes, stored.readings, stored.problems,
                    Duration.ofNanos(System.nanoTime() - start));
            sweeps.incrementAndGet();
            lastReport = report;
            log.debug("Sweep {}", report);
            tell(report);
            return report;
        } finally {
            running.unlock();
        }
    }

    /**
     * Goes on from where the last holder of each newly leased target stopped: its last poll (so it is due when
     * its interval has passed since, not at once) and its back-off.
     */
    private void takeOver(List<ScheduledPoll> enabled, Map<Long, TargetLeases.Lease> leased) {
        Set<Long> before = held;
        for (ScheduledPoll p : enabled) {
            TargetLeases.Lease lease = leased.get(p.targetId());
            if (lease == null || before.contains(p.targetId())) {
                continue;
            }
            if (lease.polledAt() != null) {
                lastStarted.merge(p.targetId(), lease.polledAt(), (mine, theirs) -> mine.isAfter(theirs) ? mine : theirs);
            }
            collectors.restore(p.request(), lease.backoff());
        }
        held = Set.copyOf(leased.keySet());
    }

    /**
     * Polls one target now, outside the sweep (someone fixed a BMC's password and asks at once): the back-off its
     * failures earned is forgotten, and the result and readings are stored as a sweep stores them. Waits at most
     * as long as a sweep waits; a poll still running then is refused (the next sweep stores it).
     */
    public Collected pollNow(long targetId) {
        CollectRequest request = targets.collectRequest(targetId);
        collectors.forget(request);
        Collected result;
        try {
            result = collectors.collect(request).get(settings.maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new io.dcim.common.error.ConflictException("id", io.dcim.common.error.Message.of(
                    "power.target.pollStillRunning"));
        } catch (ExecutionException e) {
            throw new IllegalStateException("a collector failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        readings.append(TargetReading.ofPoll(targetId, result.polledAt(), result.readings()));
        statuses.recordAll(List.of(result));
        return result;
    }

    /** Gives this node's leases back (a clean stop), so other nodes take its targets at their next sweep. */
    public void leave() {
        leases.release();
        held = Set.of();
    }

    /** Calls {@code listener} with the report of every sweep that ran, after it is stored. */
    public void onSweep(java.util.function.Consumer<SweepReport> listener) {
        sweepListeners.add(listener);
    }

    /** Polls sent and not answered yet (a slow agent's poll can span sweeps). */
    public int inFlight() {
        return inFlight.size();
    }

    private void tell(SweepReport report) {
        for (var listener : sweepListeners) {
            try {
                listener.accept(report);
            } catch (RuntimeException e) {
                log.warn("A sweep listener failed", e);
            }
        }
    }

    /** Sweeps completed and sweeps skipped because one was running, since start; and the last report. */
    public SweepStats stats() {
        return new SweepStats(sweeps.get(), skippedSweeps.get(), lastReport);
    }

    /** Due when its interval has passed, or at once when it was edited since its last poll. */
    private boolean isDue(ScheduledPoll p, Instant now) {
        if (inFlight.containsKey(p.targetId())) {
            return false;
        }
        Instant last = lastStarted.get(p.targetId());
        return last == null || editedSinceLastPoll(p) || !now.plus(settings.slack()).isBefore(last.plus(p.interval()));
    }

    private boolean editedSinceLastPoll(ScheduledPoll p) {
        Integer polled = versionPolled.get(p.targetId());
        return polled != null && polled != p.version();
    }

    private CompletableFuture<Collected> send(ScheduledPoll p, Instant now) {
        if (editedSinceLastPoll(p)) {
            // A corrected host or password must be tried now, not after the old configuration's back-off.
            collectors.forget(p.request());
        }
        versionPolled.put(p.targetId(), p.version());
        lastStarted.put(p.targetId(), now);
        CompletableFuture<Collected> future = collectors.collect(p.request());
        inFlight.put(p.targetId(), future);
        // Queued when done, whichever sweep is running then, so a late result is stored, never dropped. The
        // sweep waits for the future that completes after the queueing, so it never drains before its own.
        return future.whenComplete((result, error) -> finished.add(new Finished(p, result, error)));
    }

    private static void awaitUntil(List<CompletableFuture<Collected>> sent, long deadlineNanos) {
        CompletableFuture<Void> all = CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
        try {
            all.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            log.warn("Sweep stopped waiting with polls still running; a later sweep stores them");
        } catch (ExecutionException e) {
            // Collectors' futures do not fail; if one does, its target is reported as it is stored.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Stored storeFinished() {
        List<Collected> results = new ArrayList<>();
        List<TargetReading> read = new ArrayList<>();
        Map<PollOutcome, Long> outcomes = new EnumMap<>(PollOutcome.class);
        List<TargetLeases.Polled> polled = new ArrayList<>();
        Set<Long> holding = held;
        int problems = 0;
        for (Finished f; (f = finished.poll()) != null; ) {
            inFlight.remove(f.poll().targetId());
            if (!holding.contains(f.poll().targetId())) {
                // Its lease went to another node meanwhile: that node's polls are the target's readings now.
                log.debug("Poll of target {} dropped: this node no longer holds its lease", f.poll().targetId());
                continue;
            }
            if (f.result() == null) {
                problems++;
                log.error("Poll of target {} failed unexpectedly", f.poll().targetId(), f.error());
                continue;
            }
            results.add(f.result());
            outcomes.merge(f.result().outcome(), 1L, Long::sum);
            if (f.result().mappingError() != null) {
                problems++;
                log.warn("Readings of target {} dropped: its profile {} could not map what was read: {}",
                        f.poll().targetId(), f.poll().profileId(), f.result().mappingError());
            }
            read.addAll(TargetReading.ofPoll(f.poll().targetId(), f.result().polledAt(), f.result().readings()));
            polled.add(new TargetLeases.Polled(f.poll().targetId(), lastStarted.getOrDefault(f.poll().targetId(), f.result().polledAt()),
                    collectors.backoff(f.poll().request())));
        }
        int appended = 0;
        try {
            appended = readings.append(read);
        } catch (RuntimeException e) {
            problems++;
            log.error("Storing {} readings failed", read.size(), e);
        }
        try {
            statuses.recordAll(results);
        } catch (RuntimeException e) {
            problems++;
            log.error("Storing {} poll statuses failed", results.size(), e);
        }
        try {
            leases.record(polled);
        } catch (RuntimeException e) {
            problems++;
            log.error("Keeping {} polls with their leases failed", polled.size(), e);
        }
        return new Stored(results.size(), outcomes, appended, problems);
    }

    private void forgetTargetsNoLongerPolled(List<ScheduledPoll> enabled) {
        Set<Long> ids = new HashSet<>();
        enabled.forEach(p -> ids.add(p.targetId()));
        lastStarted.keySet().retainAll(ids);
        versionPolled.keySet().retainAll(ids);
    }

    /** Counters for monitoring and tests. */
    public record SweepStats(long completed, long skippedWhileRunning, SweepReport last) {
    }

    private record Finished(ScheduledPoll poll, Collected result, Throwable error) {
    }

    private record Stored(int results, Map<PollOutcome, Long> outcomes, int readings, int problems) {
    }
}
