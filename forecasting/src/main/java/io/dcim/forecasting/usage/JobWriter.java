package io.dcim.forecasting.usage;

import io.dcim.common.persistence.DatabaseKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records an import's jobs in usage_job a batch at a time: within a batch the first line of a job counts and later
 * ones are already imported; the {@link JobStore} writes the jobs usage_job does not hold yet (from an earlier
 * import, or an earlier batch of this one, written in the same transaction) and says which they were, and only
 * their seconds go to the {@link DayTotals}.
 */
final class JobWriter {

    /** Jobs per round trip: a million-job file makes 200 of them. */
    static final int BATCH = 5_000;

    /** A job of the file and where it counts. */
    record Pending(SacctLine.Job job, SacctImport.Mappings.Target target) {

        JobKey key() {
            return new JobKey(job.cluster(), job.jobId());
        }
    }

    /** What makes a job the same job in another file. */
    record JobKey(String cluster, String jobId) {
    }

    private final JobStore store;
    private final DayTotals days = new DayTotals();
    private final List<Pending> pending = new ArrayList<>(BATCH);
    private int added;
    private int alreadyImported;

    JobWriter(Connection c, DatabaseKind kind) {
        this.store = kind == DatabaseKind.POSTGRESQL ? new PostgresJobStore(c) : new PortableJobStore(c);
    }

    void add(SacctLine.Job job, SacctImport.Mappings.Target target) throws SQLException {
        pending.add(new Pending(job, target));
        if (pending.size() == BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        Map<JobKey, Pending> firsts = new HashMap<>(pending.size() * 2);
        List<Pending> candidates = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            if (firsts.putIfAbsent(p.key(), p) == null) {
                candidates.add(p);
            }
        }
        List<Pending> fresh = store.insertNew(candidates);
        for (Pending p : fresh) {
            SacctLine.Job j = p.job();
            days.add(p.target(), j.start(), j.end(), j.gpus(), j.cpus());
        }
        added += fresh.size();
        alreadyImported += pending.size() - fresh.size();
        pending.clear();
    }

    int added() {
        return added;
    }

    int alreadyImported() {
        return alreadyImported;
    }

    DayTotals days() {
        return days;
    }
}
