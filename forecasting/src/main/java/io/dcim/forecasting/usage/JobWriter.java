package io.dcim.forecasting.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records an import's jobs in usage_job in batches: each batch first asks which of its (cluster, job id) are there
 * already (from an earlier import, or an earlier batch of this one, written in the same transaction), leaves those
 * out, and writes the rest with multi-row inserts; the new jobs' seconds go to the {@link DayTotals}.
 */
final class JobWriter {

    static final int BATCH = 1_000;
    /** Rows per insert statement: one round trip for many rows, which plain JDBC batches do not give on PostgreSQL. */
    private static final int ROWS_PER_INSERT = 100;

    private record Pending(SacctLine.Job job, SacctImport.Mappings.Target target) {
    }

    private final Connection c;
    private final DayTotals days = new DayTotals();
    private final List<Pending> pending = new ArrayList<>(BATCH);
    private final Map<Integer, PreparedStatement> inserts = new HashMap<>();
    private int added;
    private int alreadyImported;

    JobWriter(Connection c) {
        this.c = c;
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
        Map<String, List<Pending>> byCluster = new HashMap<>();
        pending.forEach(p -> byCluster.computeIfAbsent(p.job().cluster(), k -> new ArrayList<>()).add(p));
        List<Pending> fresh = new ArrayList<>(pending.size());
        for (Map.Entry<String, List<Pending>> cluster : byCluster.entrySet()) {
            Set<String> seen = existing(cluster.getKey(), cluster.getValue());
            for (Pending p : cluster.getValue()) {
                if (seen.add(p.job().jobId())) {
                    fresh.add(p);
                } else {
                    alreadyImported++;
                }
            }
        }
        insert(fresh);
        for (Pending p : fresh) {
            SacctLine.Job j = p.job();
            days.add(p.target(), j.start(), j.end(), j.gpus(), j.cpus());
        }
        added += fresh.size();
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

    private Set<String> existing(String cluster, List<Pending> jobs) throws SQLException {
        Set<String> ids = new HashSet<>();
        // Only the job ids in the condition, so the usage_job_job_ix index is the one the planner can use (see
        // V2026120821; with the cluster beside it H2 took the primary key, led by the cluster, and scanned); the
        // few ids that other clusters share are told apart here.
        String sql = "select job_id, cluster from usage_job where job_id in ("
                + String.join(", ", Collections.nCopies(jobs.size(), "?")) + ")";
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < jobs.size(); i++) {
                select.setString(i + 1, jobs.get(i).job().jobId());
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (cluster.equals(rs.getString(2))) {
                        ids.add(rs.getString(1));
                    }
                }
            }
        }
        return ids;
    }

    private void insert(List<Pending> jobs) throws SQLException {
        for (int from = 0; from < jobs.size(); from += ROWS_PER_INSERT) {
            int rows = Math.min(ROWS_PER_INSERT, jobs.size() - from);
            PreparedStatement insert = statement(rows);
            int at = 1;
            for (Pending p : jobs.subList(from, from + rows)) {
                SacctLine.Job j = p.job();
                SacctImport.Mappings.Target t = p.target();
                insert.setString(at++, j.cluster());
                insert.setString(at++, j.jobId());
                insert.setLong(at++, t.siteId());
                insert.setString(at++, t.gpuClass());
                insert.setLong(at++, t.tenantId());
                insert.setObject(at++, utc(t.clock().epochSecond(j.start())));
                insert.setObject(at++, utc(t.clock().epochSecond(j.end())));
                insert.setInt(at++, j.gpus());
                insert.setInt(at++, j.cpus());
            }
            insert.executeUpdate();
        }
    }

    private static OffsetDateTime utc(long epochSecond) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    private PreparedStatement statement(int rows) throws SQLException {
        PreparedStatement s = inserts.get(rows);
        if (s == null) {
            String values = String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            s = c.prepareStatement("insert into usage_job (cluster, job_id, site_id, gpu_class, tenant_id, started_at,"
                    + " ended_at, gpus, cpus) values " + values);
            inserts.put(rows, s);
        }
        return s;
    }

    /** Closes the statements kept for reuse. */
    void close() throws SQLException {
        for (PreparedStatement s : inserts.values()) {
            s.close();
        }
    }
}
