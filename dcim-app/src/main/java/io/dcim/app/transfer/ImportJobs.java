package io.dcim.app.transfer;

import io.dcim.common.access.Caller;
import io.dcim.common.table.Table;
import io.dcim.inventory.transfer.DeviceImportFacade;
import io.dcim.inventory.transfer.ImportReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Device imports run in the background so that the page can show their progress; the page
 * keeps only the job's id. Finished jobs are forgotten after an hour.
 */
public final class ImportJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP_FINISHED = Duration.ofHours(1);

    private final DeviceImportFacade imports;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    public ImportJobs(DeviceImportFacade imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
        // One import at a time: two all-or-nothing imports into the same cabinets would only fight.
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "device-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues a check ({@code write} false) or an import of the table on behalf of {@code caller}. */
    public ImportJob start(Caller caller, Table table, boolean write) {
        forgetOldJobs();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), table.rows().size(), write, clock.instant());
        jobs.put(job.id(), job);
        executor.execute(() -> run(caller, table, job));
        return job;
    }

    public Optional<ImportJob> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }

    private void run(Caller caller, Table table, ImportJob job) {
        try {
            ImportReport report = job.write()
                    ? imports.apply(caller, table, job::progress) : imports.check(caller, table, job::progress);
            job.finish(report, null);
        } catch (RuntimeException e) {
            log.error("Device import {} failed", job.id(), e);
            job.finish(null, e.getMessage());
        }
    }

    private void forgetOldJobs() {
        Instant cutoff = clock.instant().minus(KEEP_FINISHED);
        jobs.values().removeIf(job -> job.isDone() && job.started().isBefore(cutoff));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
