package io.dcim.app.transfer;

import io.dcim.common.access.Caller;
import io.dcim.common.table.Table;
import io.dcim.forecasting.usage.UsageImportFacade;
import io.dcim.forecasting.usage.UsageImportReport;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.Messages;
import io.dcim.inventory.fabric.FabricFacade;
import io.dcim.inventory.fabric.FabricRequest;
import io.dcim.inventory.fabric.FabricSelection;
import io.dcim.inventory.fabric.FabricWriteReport;
import io.dcim.inventory.transfer.DeviceImportFacade;
import io.dcim.inventory.transfer.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Device imports, Slurm accounting imports and fabric plans laid onto devices run in the background so that the page can show their
 * progress; the page keeps only the job's id. Finished jobs are forgotten after an hour.
 */
public final class ImportJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP_FINISHED = Duration.ofHours(1);

    private final DeviceImportFacade imports;
    private final UsageImportFacade usage;
    private final FabricFacade fabric;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<String, BackgroundImport<?>> jobs = new ConcurrentHashMap<>();

    public ImportJobs(DeviceImportFacade imports, UsageImportFacade usage, FabricFacade fabric, Clock clock) {
        this.imports = imports;
        this.usage = usage;
        this.fabric = fabric;
        this.clock = clock;
        // One import at a time: two all-or-nothing imports into the same cabinets (or days of usage, or ports) would
        // only fight.
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "background-import");
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
        return find(id, ImportJob.class);
    }

    /**
     * Queues a check or an import of a sacct file the page saved to {@code file} ({@code lines} long, for the
     * progress), read as a stream; the file is deleted when the job ends.
     */
    public UsageImportJob startUsage(Caller caller, Path file, int lines, boolean write) {
        forgetOldJobs();
        UsageImportJob job = new UsageImportJob(UUID.randomUUID().toString(), lines, write, clock.instant());
        jobs.put(job.id(), job);
        executor.execute(() -> runUsage(caller, file, job));
        return job;
    }

    public Optional<UsageImportJob> findUsage(String id) {
        return find(id, UsageImportJob.class);
    }

    /**
     * Queues a check or an import of a site's circuit schedule or supply connections through the power module's
     * chain façade (which checks the caller's permission), all or nothing like the others.
     */
    public ChainImportJob startChain(Caller caller, io.dcim.power.chain.ChainFacade chain, long siteId,
                                     io.dcim.power.chain.ChainSheet sheet, Table table, boolean write) {
        forgetOldJobs();
        ChainImportJob job = new ChainImportJob(UUID.randomUUID().toString(), table.rows().size(), write,
                clock.instant());
        jobs.put(job.id(), job);
        executor.execute(() -> {
            try {
                job.finish(write ? chain.applyImport(caller, siteId, sheet, table)
                        : chain.checkImport(caller, siteId, sheet, table), null);
                job.progress(table.rows().size());
            } catch (RuntimeException e) {
                log.error("Power chain import {} failed", job.id(), e);
                job.finish(null, e.getMessage());
            }
        });
        return job;
    }

    public Optional<ChainImportJob> findChain(String id) {
        return find(id, ChainImportJob.class);
    }

    /**
     * Queues laying a fabric plan onto the selected devices on behalf of {@code caller}: a preview ({@code write}
     * false) or the write of its PLANNED cables, all or none; {@code rows} of its first cables are kept in the report.
     * {@code switchModel} is the catalog switch the plan was sized on (null for a radix and speed), for its answer.
     */
    public FabricWriteJob startFabric(Caller caller, FabricRequest request, FabricSelection selection, int rows,
            boolean write, String switchModel) {
        forgetOldJobs();
        FabricWriteJob job = new FabricWriteJob(UUID.randomUUID().toString(), write, clock.instant(), caller.username(),
                switchModel);
        jobs.put(job.id(), job);
        executor.execute(() -> runFabric(caller, request, selection, rows, job));
        return job;
    }

    public Optional<FabricWriteJob> findFabric(String id) {
        return find(id, FabricWriteJob.class);
    }

    private void runFabric(Caller caller, FabricRequest request, FabricSelection selection, int rows,
            FabricWriteJob job) {
        try {
            FabricWriteReport report = job.write()
                    ? fabric.writePlanned(caller, request, selection, rows, job.progress())
                    : fabric.previewWrite(caller, request, selection, rows, job.progress());
            job.finish(report, null);
        } catch (DomainException e) {
            // a field of the request refused (a site with too few switches…): the job says why, in the caller's words
            job.refuse(e, Messages.text(e.why(), caller.locale()));
        } catch (RuntimeException e) {
            log.error("Fabric write {} failed", job.id(), e);
            job.finish(null, e.getMessage());
        }
    }

    private <J extends BackgroundImport<?>> Optional<J> find(String id, Class<J> type) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id)).filter(type::isInstance).map(type::cast);
    }

    private void runUsage(Caller caller, Path file, UsageImportJob job) {
        try (InputStream in = Files.newInputStream(file)) {
            UsageImportReport report = job.write() ? usage.apply(caller, in, job::progress)
                    : usage.check(caller, in, job::progress);
            job.finish(report, null);
        } catch (IOException | RuntimeException e) {
            log.error("Usage import {} failed", job.id(), e);
            job.finish(null, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded sacct file {}", file, e);
            }
        }
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
