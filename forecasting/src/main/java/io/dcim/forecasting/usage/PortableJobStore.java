package io.dcim.forecasting.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * H2 (in the same process, so a statement costs no round trip): asks which of the batch's job ids usage_job holds,
 * a thousand at a time, and writes the others with one JDBC batch.
 */
final class PortableJobStore implements JobStore {

    private static final int IDS_PER_LOOKUP = 1_000;
    private static final String INSERT = "insert into usage_job (cluster, job_id, site_id, gpu_class, tenant_id,"
            + " started_at, ended_at, gpus, cpus) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection c;

    PortableJobStore(Connection c) {
        this.c = c;
    }

    @Override
    public List<JobWriter.Pending> insertNew(List<JobWriter.Pending> jobs) throws SQLException {
        Set<JobWriter.JobKey> there = new HashSet<>();
        for (int from = 0; from < jobs.size(); from += IDS_PER_LOOKUP) {
            there.addAll(existing(jobs.subList(from, Math.min(jobs.size(), from + IDS_PER_LOOKUP))));
        }
        List<JobWriter.Pending> fresh = new ArrayList<>(jobs.size());
        for (JobWriter.Pending p : jobs) {
            if (!there.contains(p.key())) {
                fresh.add(p);
            }
        }
        insert(fresh);
        return fresh;
    }

    /** By job id alone, the primary key's first column; the few ids other clusters share are told apart here. */
    private Set<JobWriter.JobKey> existing(List<JobWriter.Pending> jobs) throws SQLException {
        String sql = "select cluster, job_id from usage_job where job_id in ("
                + String.join(", ", Collections.nCopies(jobs.size(), "?")) + ")";
        Set<JobWriter.JobKey> found = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < jobs.size(); i++) {
                select.setString(i + 1, jobs.get(i).job().jobId());
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(new JobWriter.JobKey(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return found;
    }

    private void insert(List<JobWriter.Pending> jobs) throws SQLException {
        if (jobs.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (JobWriter.Pending p : jobs) {
                SacctLine.Job j = p.job();
                SacctImport.Mappings.Target t = p.target();
                insert.setString(1, j.cluster());
                insert.setString(2, j.jobId());
                insert.setLong(3, t.siteId());
                insert.setString(4, t.gpuClass());
                insert.setLong(5, t.tenantId());
                insert.setObject(6, utc(t.clock().epochSecond(j.start())));
                insert.setObject(7, utc(t.clock().epochSecond(j.end())));
                insert.setInt(8, j.gpus());
                insert.setInt(9, j.cpus());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Built from its fields: OffsetDateTime.ofInstant asks ZoneOffset.UTC for new zone rules on every call. */
    private static OffsetDateTime utc(long epochSecond) {
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
