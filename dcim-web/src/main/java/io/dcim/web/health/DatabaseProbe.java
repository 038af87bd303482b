package io.dcim.web.health;

import io.dcim.common.persistence.Database;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the database whether it answers, giving up after a deadline. Taking a connection from
 * the pool waits the pool's whole connection timeout while the database is away; the check
 * runs on its own thread and the caller stops waiting at the deadline. At most one check is in
 * flight: probes arriving meanwhile wait for that one instead of piling up threads.
 */
final class DatabaseProbe implements AutoCloseable {

    private final Database database;
    private final Duration deadline;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dcim-health-probe");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Boolean> inFlight;

    DatabaseProbe(Database database, Duration deadline) {
        this.database = database;
        this.deadline = deadline;
    }

    boolean isReachable() {
        try {
            return check().get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized CompletableFuture<Boolean> check() {
        if (inFlight == null || inFlight.isDone()) {
            int seconds = (int) Math.max(1, deadline.toSeconds());
            inFlight = CompletableFuture.supplyAsync(() -> database.isReachable(seconds), worker);
        }
        return inFlight;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
