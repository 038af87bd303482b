package io.dcim.power.remote;

import io.dcim.power.collect.Collected;
import io.dcim.power.collect.CollectRequest;
import io.dcim.power.collect.Collectors;
import io.dcim.power.collect.Reading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collector mode: polls its site's targets with the same {@link Collectors} as the central's sweep, writes each
 * sweep's polls as one batch to the on-disk {@link SegmentBuffer}, and sends the buffer to the central oldest
 * first, one batch at a time, acknowledging each only once the central answered that it stored it (or had stored
 * it already). While the link is down batches wait on disk; when it is back they go in order. No database.
 *
 * <p>Two threads: the sweeps (refresh the targets every {@code refresh}, poll what is due, append a batch) and the
 * sender (send, or wait after a failure, doubling up to {@code maxRetry}; a heartbeat when idle).
 */
public final class CollectorAgent implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CollectorAgent.class);

    /** How often it sweeps, refreshes its targets, beats when idle, and how long it waits after a failed send. */
    public record Settings(Duration sweep, Duration refresh, Duration heartbeat, Duration retry, Duration maxRetry) {

        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(10), Duration.ofMinutes(1),
                Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(30));

        public Settings {
            Objects.requireNonNull(sweep, "sweep");
            Objects.requireNonNull(refresh, "refresh");
            Objects.requireNonNull(heartbeat, "heartbeat");
            Objects.requireNonNull(retry, "retry");
            Objects.requireNonNull(maxRetry, "maxRetry");
        }
    }

    private final CentralLink link;
    private final Collectors collectors;
    private final SegmentBuffer buffer;
    private final TargetCache cache;
    private final Settings settings;
    private final Clock clock;
    private final String version;
    private final RemotePolls polls = new RemotePolls();

    private volatile Map<Long, Planned> planned = Map.of();
    private Instant refreshedAt;
    /** The list last written to the cache (only the sweeps thread uses it), so an unchanged list is not rewritten. */
    private List<CollectorTarget> savedList;
    private final Map<Long, Instant> lastStarted = new HashMap<>();
    private final Map<Long, Integer> versionPolled = new HashMap<>();
    private final Map<Long, CompletableFuture<Collected>> inFlight = new ConcurrentHashMap<>();
    private final Queue<Collected> finished = new ConcurrentLinkedQueue<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final LinkStatus linkStatus;
    private final Object wake = new Object();
    private volatile boolean running;
    private Thread sweeper;
    private Thread sender;

    /**
     * @param cache the last target list, sealed on disk: read at start (so a restart during an outage polls), written
     *              when the central's list changes
     */
    public CollectorAgent(CentralLink link, Collectors collectors, SegmentBuffer buffer, TargetCache cache,
                          Settings settings, Clock clock, String version) {
        this.link = link;
        this.collectors = collectors;
        this.buffer = buffer;
        this.cache = cache;
        this.linkStatus = new LinkStatus(clock);
        this.settings = settings;
        this.clock = clock;
        this.version = version;
    }

    public synchronized CollectorAgent start() {
        cache.load().ifPresent(kept -> {
            planned = plan(kept);
            savedList = List.copyOf(kept);
            log.info("Polling the {} targets of the last list kept on disk until the central answers", planned.size());
        });
        running = true;
        sweeper = new Thread(this::sweepLoop, "collector-sweeps");
        sender = new Thread(this::sendLoop, "collector-sender");
        // Not daemons: in collector mode they are what keeps the JVM running.
        sweeper.start();
        sender.start();
        log.info("Collector started: stream {}, {} batches waiting in its buffer", buffer.streamId(),
                buffer.state().batches());
        return this;
    }

    /** Batches the central acknowledged since start, and batches it refused (logged, not sent again). */
    public long sent() {
        return sent.get();
    }

    public long refused() {
        return refused.get();
    }

    public BufferState bufferState() {
        return buffer.state();
    }

    /** Segment files the buffer has on disk. */
    public int bufferSegments() {
        return buffer.segmentFiles();
    }

    /** True from {@link #start()} until {@link #close()}. */
    public boolean running() {
        return running;
    }

    /** The targets it polls now. */
    public int targets() {
        return planned.size();
    }

    /** What its own {@code /health} reports: the link to the central as last seen, the last push, the lag. */
    public LinkStatus.Snapshot linkStatus() {
        return linkStatus.snapshot();
    }

    // --- sweeps ---------------------------------------------------------------------------------------------

    private void sweepLoop() {
        while (running) {
            long started = System.nanoTime();
            try {
                sweep(clock.instant());
            } catch (RuntimeException e) {
                log.warn("Collector sweep failed", e);
            }
            sleep(Duration.ofNanos(settings.sweep().toNanos() - (System.nanoTime() - started)));
        }
    }

    /** One sweep: refresh the targets when due, poll what is due, buffer what finished as one batch. */
    void sweep(Instant now) {
        refreshTargets(now);
        List<CompletableFuture<Collected>> sentNow = new ArrayList<>();
        for (Planned p : planned.values()) {
            if (!inFlight.containsKey(p.target.id()) && due(p, now)) {
                if (versionPolled.containsKey(p.target.id()) && versionPolled.get(p.target.id()) != p.target.version()) {
                    collectors.forget(p.request);
                }
                versionPolled.put(p.target.id(), p.target.version());
                lastStarted.put(p.target.id(), now);
                CompletableFuture<Collected> f = collectors.collect(p.request);
                inFlight.put(p.target.id(), f);
                sentNow.add(f.whenComplete((result, error) -> {
                    inFlight.remove(p.target.id());
                    if (result != null) {
                        finished.add(result);
                    }
                }));
            }
        }
        try {
            CompletableFuture.allOf(sentNow.toArray(CompletableFuture[]::new))
                    .get(settings.sweep().toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.debug("Sweep stopped waiting with polls running; the next sweep buffers them");
        } catch (java.util.concurrent.ExecutionException e) {
            log.debug("A poll failed unexpectedly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        List<ReadingBatch.Poll> done = new ArrayList<>();
        for (Collected c; (c = finished.poll()) != null; ) {
            done.add(poll(c));
        }
        if (!done.isEmpty()) {
            long sequence = buffer.nextSequence();
            byte[] batch = BatchCodec.write(new ReadingBatch(buffer.streamId(), sequence, now, done, null));
            buffer.append(batch);
            synchronized (wake) {
                wake.notifyAll();
            }
        }
    }

    private boolean due(Planned p, Instant now) {
        Instant last = lastStarted.get(p.target.id());
        return last == null || !now.plus(Duration.ofMillis(500)).isBefore(last.plusSeconds(p.target.intervalSeconds()))
                || versionPolled.get(p.target.id()) != p.target.version();
    }

    /** Asks the central for the targets at most every {@code refresh}; keeps the last list while it cannot answer. */
    private void refreshTargets(Instant now) {
        if (refreshedAt != null && now.isBefore(refreshedAt.plus(settings.refresh()))) {
            return;
        }
        try {
            List<CollectorTarget> fetched = link.targets();
            linkStatus.answered();
            Map<Long, Planned> next = plan(fetched);
            if (!next.keySet().equals(planned.keySet())) {
                log.info("Collector polls {} targets", next.size());
            }
            if (!fetched.equals(savedList)) {
                cache.save(fetched);
                savedList = List.copyOf(fetched);
            }
            lastStarted.keySet().retainAll(next.keySet());
            versionPolled.keySet().retainAll(next.keySet());
            planned = next;
            refreshedAt = now;
        } catch (CentralLink.LinkDown e) {
            linkStatus.failed();
            keepPolling(now, e);
        } catch (CentralLink.Refused e) {
            linkStatus.refused(e);
            if (e.credentials()) {
                // A revoked token: the site's credentials it unlocks should not stay on disk.
                cache.delete();
                savedList = null;
            }
            keepPolling(now, e);
        }
    }

    /** Keeps polling the targets known (the link is what is down, not the site) and asks again at the next sweep. */
    private void keepPolling(Instant now, Exception why) {
        log.warn("Could not refresh the targets from the central ({}); polling the {} known", why.getMessage(),
                planned.size());
        refreshedAt = now.minus(settings.refresh()).plus(settings.sweep());
    }

    private Map<Long, Planned> plan(List<CollectorTarget> targets) {
        Map<Long, Planned> next = new HashMap<>();
        for (CollectorTarget t : targets) {
            try {
                next.put(t.id(), new Planned(t, polls.request(t)));
            } catch (RuntimeException e) {
                log.warn("Not polling target {} ({}): {}", t.id(), t.name(), e.getMessage());
            }
        }
        return Map.copyOf(next);
    }

    private static ReadingBatch.Poll poll(Collected c) {
        List<ReadingBatch.Value> values = new ArrayList<>(c.readings().size());
        for (Reading r : c.readings()) {
            values.add(new ReadingBatch.Value(r.metric(), r.instance(), r.value(), r.unit()));
        }
        String detail = c.detail();
        if (c.mappingError() != null) {
            detail = (detail == null ? "" : detail + "; ") + c.mappingError();
        }
        return new ReadingBatch.Poll(Long.parseLong(c.endpointId()), c.outcome().name(),
                c.latency() == null ? 0 : c.latency().toMillis(), c.polledAt(), detail, values);
    }

    // --- sending --------------------------------------------------------------------------------------------

    private void sendLoop() {
        Duration wait = settings.retry();
        Instant beatAt = Instant.EPOCH;
        while (running) {
            try {
                var next = buffer.peek();
                if (next.isEmpty()) {
                    if (!clock.instant().isBefore(beatAt.plus(settings.heartbeat()))) {
                        link.heartbeat(new Heartbeat(version, buffer.state()));
                        linkStatus.answered();
                        beatAt = clock.instant();
                    }
                    waitForBatch(settings.heartbeat());
                    continue;
                }
                send(next.get());
                wait = settings.retry();
            } catch (CentralLink.LinkDown e) {
                linkStatus.failed();
                log.info("Central unreachable ({}); {} batches wait in the buffer, next try in {} ms", e.getMessage(),
                        buffer.state().batches(), wait.toMillis());
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait.multipliedBy(2);
            } catch (CentralLink.Refused e) {
                linkStatus.refused(e);
                log.error("The central refused the collector's token ({}); retrying in {} ms", e.getMessage(),
                        wait.toMillis());
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait.multipliedBy(2);
            } catch (RuntimeException e) {
                log.error("Collector sender failed; retrying", e);
                sleep(wait);
            }
        }
    }

    private void send(SegmentBuffer.Entry entry) throws CentralLink.LinkDown, CentralLink.Refused {
        ReadingBatch batch = BatchCodec.batch(entry.payload());
        // The buffer as it is now (what the console shows) rather than when the batch was made.
        byte[] payload = BatchCodec.write(new ReadingBatch(batch.stream(), batch.sequence(), batch.sweptAt(),
                batch.polls(), buffer.state()));
        try {
            PushAnswer answer = link.push(payload);
            linkStatus.pushed(batch.sweptAt());
            if (answer.duplicate()) {
                log.info("Batch {} was stored already (a replay after a lost answer)", entry.sequence());
            }
            if (answer.pollsRefused() > 0) {
                log.warn("The central refused {} polls of batch {}: targets no longer of this collector's site",
                        answer.pollsRefused(), entry.sequence());
            }
            buffer.acknowledge(entry.sequence());
            sent.incrementAndGet();
        } catch (CentralLink.Refused e) {
            if (e.credentials()) {
                throw e;
            }
            // The batch itself is refused and would be refused again: logged with its sequence, counted, skipped.
            linkStatus.refused(e);
            refused.incrementAndGet();
            log.error("The central refused batch {} ({}): it is not sent again", entry.sequence(), e.getMessage());
            buffer.acknowledge(entry.sequence());
        }
    }

    private void waitForBatch(Duration max) {
        synchronized (wake) {
            try {
                wake.wait(Math.max(1, Math.min(max.toMillis(), 1_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void sleep(Duration d) {
        if (d.isNegative() || d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        for (Thread t : new Thread[] {sweeper, sender}) {
            if (t != null) {
                t.interrupt();
                try {
                    t.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        buffer.close();
    }

    private record Planned(CollectorTarget target, CollectRequest request) {
    }
}
