package io.dcim.app.export;

import io.dcim.app.ProcurementServices;
import io.dcim.app.export.ExportJob.State;
import io.dcim.common.access.Caller;
import io.dcim.common.error.DomainException;
import io.dcim.common.persistence.Database;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Report workbooks written in the background so that the export page can show their progress and the analyst
 * can keep working. A job runs on the node that took it, through a temporary file; the finished workbook is kept
 * in the database ({@link StoredExports}) for a day, so that its owner downloads it from any node of a cluster,
 * and after a restart. A job whose node stopped while writing it shows as stopped on the others.
 */
public final class ExportJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);
    private static final Duration KEEP = Duration.ofDays(1);
    /** How often a node says its running jobs are alive, well inside {@link StoredExports#STALE_AFTER}. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private final ProcurementServices procurement;
    private final StoredExports stored;
    private final Clock clock;
    private final ExecutorService executor;
    private final ScheduledExecutorService heartbeat;
    /** This node's jobs until they end: their live progress, and what {@link ExportJob#await} waits for. */
    private final Map<String, ExportJob> running = new ConcurrentHashMap<>();

    public ExportJobs(Database db, ProcurementServices procurement, Clock clock) {
        this.procurement = procurement;
        this.stored = new StoredExports(db);
        this.clock = clock;
        // One export at a time: each streams through its own temporary files, two would only halve each other's speed.
        this.executor = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "report-export"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "report-export-heartbeat"));
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Queues {@code report} for {@code caller}, who alone may download it; the workbook is written as theirs. */
    public ExportJob start(Caller caller, ExportReport report) {
        stored.deleteStartedBefore(clock.instant().minus(KEEP));
        ExportJob job = new ExportJob(UUID.randomUUID().toString(), caller, report, report.estimatedRows(procurement),
                clock.instant());
        stored.insert(job);
        running.put(job.id(), job);
        executor.execute(() -> run(job));
        return job;
    }

    /** A job of any node, as this node runs it or as the database has it. */
    public Optional<ExportJob> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        ExportJob local = running.get(id);
        return local != null ? Optional.of(local) : stored.find(id, clock.instant());
    }

    /** The owner's jobs of the last day on every node, newest first. */
    public List<ExportJob> of(String owner) {
        return stored.of(owner, clock.instant().minus(KEEP), clock.instant()).stream().map(this::current).toList();
    }

    /**
     * This node's live job, or the row as stored. A job of this node that ended after the row was read is no longer
     * among the running ones but has stored its end first ({@link #end}), so a row still RUNNING is read again.
     */
    private ExportJob current(ExportJob read) {
        ExportJob local = running.get(read.id());
        if (local != null) {
            return local;
        }
        return read.state() == State.RUNNING ? stored.find(read.id(), clock.instant()).orElse(read) : read;
    }

    /** Copies the written workbook of {@code job} to {@code out}; false when it has none (failed, or forgotten). */
    public boolean copyWorkbook(ExportJob job, OutputStream out) {
        return job.succeeded() && stored.copyWorkbook(job.id(), out);
    }

    private void run(ExportJob job) {
        Path file = null;
        try {
            file = Files.createTempFile("dcim-export-", ".xlsx");
            long rows;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                rows = job.report().write(procurement, job.caller(), out, job::progress);
            }
            job.progress(rows);
            end(job, State.SUCCEEDED, file, null);
        } catch (DomainException e) {
            end(job, State.FAILED, null, e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.error("Export {} ({}) failed", job.id(), job.report().encode(), e);
            end(job, State.FAILED, null, "the workbook could not be written; see the server log");
        } finally {
            delete(file);
        }
    }

    /** Stores the end, then lets waiters go: a finished job is downloadable by the time anyone sees it finished. */
    private void end(ExportJob job, State state, Path workbook, String failure) {
        ExportJob ended = ExportJob.stored(job.id(), job.owner(), job.report(), job.estimatedRows(), job.started(),
                state, job.rowsDone(), failure);
        try {
            stored.finish(ended, workbook, clock.instant());
            job.finish(state, job.rowsDone(), failure);
        } catch (RuntimeException e) {
            log.error("Export {} could not be stored", job.id(), e);
            job.finish(State.FAILED, job.rowsDone(), "the workbook could not be stored; see the server log");
        } finally {
            running.remove(job.id());
        }
    }

    private void beat() {
        try {
            stored.heartbeat(running.values(), clock.instant());
        } catch (RuntimeException e) {
            log.warn("Export jobs' heartbeat: {}", e.toString());
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the export file {}", file, e);
            }
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        executor.shutdownNow();
    }
}
