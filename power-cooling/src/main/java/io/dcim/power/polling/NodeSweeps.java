package io.dcim.power.polling;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's sweeps, on a timer of its own rather than a Quartz trigger: the clustered job store fires a
 * trigger on one node of the cluster, while every node must sweep the targets it holds the leases of. One
 * thread, so sweeps never overlap; a sweep longer than the period (it waits at most its {@code maxWait}) makes
 * the next one start late instead of running beside it. Closing it stops the sweeps and gives the leases back.
 */
public final class NodeSweeps implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NodeSweeps.class);

    private final PollingService polling;
    private final ScheduledExecutorService timer;

    private NodeSweeps(PollingService polling, ScheduledExecutorService timer) {
        this.polling = polling;
        this.timer = timer;
    }

    /** Sweeps now and then every {@code period}. */
    public static NodeSweeps start(PollingService polling, Clock clock, Duration period) {
        return start(polling, clock, period, () -> { });
    }

    /**
     * Sweeps now and then every {@code period}, each sweep after {@code beforeEach}: what other nodes may have
     * changed that this node keeps in memory (device profiles an admin uploaded on another node).
     */
    public static NodeSweeps start(PollingService polling, Clock clock, Duration period, Runnable beforeEach) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "power-sweeps");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            try {
                beforeEach.run();
                polling.sweep(clock.instant());
            } catch (RuntimeException e) {
                // The next sweep, a period away, tries again (a database that did not answer, say).
                log.warn("Sweep failed", e);
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return new NodeSweeps(polling, timer);
    }

    /**
     * Stops sweeping, after the sweep running now (at most its {@code maxWait}), without giving the leases back:
     * what a crash leaves behind, for tests of the hand-over.
     */
    public void halt() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(15, TimeUnit.SECONDS)) {
                log.warn("A sweep was still running when the node stopped sweeping");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        halt();
        try {
            polling.leave();
        } catch (RuntimeException e) {
            log.warn("Could not give the leases back; they expire instead", e);
        }
    }
}
