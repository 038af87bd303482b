package io.dcim.app.export;

import io.dcim.app.ProcurementServices;
import io.dcim.common.access.Caller;
import io.dcim.common.error.DomainException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Report workbooks written in the background so that the export page can show their progress
 * and the analyst can keep working; each goes to a temporary file that its owner downloads.
 * Finished jobs and their files are forgotten after a day.
 */
public final class ExportJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);
    private static final Duration KEEP_FINISHED = Duration.ofDays(1);

    private final ProcurementServices procurement;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();

    public ExportJobs(ProcurementServices procurement, Clock clock) {
        this.procurement = procurement;
        this.clock = clock;
        // One export at a time: each streams through its own temporary files, two would only halve each other's speed.
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "report-export");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues {@code report} for {@code caller}, who alone may download it; the workbook is written as theirs. */
    public ExportJob start(Caller caller, ExportReport report) {
        forgetOldJobs();
        ExportJob job = new ExportJob(UUID.randomUUID().toString(), caller, report, report.estimatedRows(procurement),
                clock.instant());
        jobs.put(job.id(), job);
        executor.execute(() -> run(job));
        return job;
    }

    public Optional<ExportJob> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }

    /** The owner's jobs, newest first. */
    public List<ExportJob> of(String owner) {
        return jobs.values().stream().filter(j -> j.owner().equals(owner))
                .sorted(Comparator.comparing(ExportJob::started).reversed().thenComparing(ExportJob::id)).toList();
    }

    private void run(ExportJob job) {
        Path file = null;
        try {
            file = Files.createTempFile("dcim-export-", ".xlsx");
            long rows;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                rows = job.report().write(procurement, job.caller(), out, job::progress);
            }
            job.finish(file, rows, null);
        } catch (DomainException e) {
            delete(file);
            job.finish(null, job.rowsDone(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.error("Export {} ({}) failed", job.id(), job.report().title(), e);
            delete(file);
            job.finish(null, job.rowsDone(), "the workbook could not be written; see the server log");
        }
    }

    private void forgetOldJobs() {
        Instant cutoff = clock.instant().minus(KEEP_FINISHED);
        jobs.values().removeIf(job -> {
            boolean old = job.isDone() && job.started().isBefore(cutoff);
            if (old) {
                delete(job.file());
            }
            return old;
        });
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

    @Override
    public void close() {
        executor.shutdownNow();
        jobs.values().forEach(job -> delete(job.file()));
        jobs.clear();
    }
}
