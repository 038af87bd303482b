package io.dcim.app.export;

import static io.dcim.common.persistence.Sql.bind;
import static io.dcim.common.persistence.Sql.update;
import static io.dcim.common.persistence.Sql.utc;

import io.dcim.app.export.ExportJob.State;
import io.dcim.common.persistence.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jdbc.ReturningWork;

/**
 * The {@code export_job} table: every export job of the last day, its state and progress, and once written its
 * workbook, so that a workbook written on one node downloads from any node and after that node's restart. A
 * running job's node writes its heartbeat every few seconds; a running job whose heartbeat is older than
 * {@link #STALE_AFTER} lost its node and reads as {@link State#STOPPED}.
 */
final class StoredExports {

    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private static final String COLUMNS = "id, owner, report, estimated_rows, started_at, state, rows_done, failure,"
            + " heartbeat_at";

    private final Database db;

    StoredExports(Database db) {
        this.db = db;
    }

    void insert(ExportJob job) {
        work(c -> update(c, "insert into export_job (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                job.id(), job.owner(), job.report().encode(), job.estimatedRows(), utc(job.started()),
                State.RUNNING.name(), 0L, null, utc(job.started())));
    }

    /** The heartbeat and progress of the running jobs of this node. */
    void heartbeat(Collection<ExportJob> running, Instant now) {
        if (running.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update export_job set heartbeat_at = ?, rows_done = ? where id = ? and state = 'RUNNING'")) {
                for (ExportJob job : running) {
                    ps.setObject(1, utc(now));
                    ps.setLong(2, job.rowsDone());
                    ps.setString(3, job.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Ends a job: its state, and its workbook when written, in one statement. */
    void finish(ExportJob job, Path workbook, Instant now) {
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("update export_job set state = ?, rows_done = ?, failure = ?,"
                    + " heartbeat_at = ?" + (workbook == null ? "" : ", workbook = ?") + " where id = ?")) {
                ps.setString(1, job.state().name());
                ps.setLong(2, job.rowsDone());
                ps.setString(3, job.failure());
                ps.setObject(4, utc(now));
                if (workbook == null) {
                    ps.setString(5, job.id());
                    return ps.executeUpdate();
                }
                try (InputStream in = Files.newInputStream(workbook)) {
                    ps.setBinaryStream(5, in, Files.size(workbook));
                    ps.setString(6, job.id());
                    return ps.executeUpdate();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    Optional<ExportJob> find(String id, Instant now) {
        return work(c -> {
            List<ExportJob> found = select(c, "select " + COLUMNS + " from export_job where id = ?", now, id);
            return found.stream().findFirst();
        });
    }

    /** The owner's jobs since {@code since}, newest first. */
    List<ExportJob> of(String owner, Instant since, Instant now) {
        return work(c -> select(c, "select " + COLUMNS + " from export_job where owner = ? and started_at >= ?"
                + " order by started_at desc, id", now, owner, utc(since)));
    }

    /** Copies a written workbook to {@code out}; false when the job has none. */
    boolean copyWorkbook(String id, OutputStream out) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select workbook from export_job where id = ? and state = 'SUCCEEDED'")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        if (in == null) {
                            return false;
                        }
                        in.transferTo(out);
                        return true;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
    }

    /** Forgets jobs started before {@code cutoff}, their workbooks with them. */
    void deleteStartedBefore(Instant cutoff) {
        work(c -> update(c, "delete from export_job where started_at < ?", utc(cutoff)));
    }

    private static List<ExportJob> select(Connection c, String sql, Instant now, Object... parameters)
            throws SQLException {
        List<ExportJob> jobs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    State state = State.valueOf(rs.getString(6));
                    Instant heartbeat = rs.getObject(9, OffsetDateTime.class).toInstant();
                    if (state == State.RUNNING && heartbeat.isBefore(now.minus(STALE_AFTER))) {
                        state = State.STOPPED;
                    }
                    jobs.add(ExportJob.stored(rs.getString(1), rs.getString(2), ExportReport.decode(rs.getString(3)),
                            rs.getLong(4), rs.getObject(5, OffsetDateTime.class).toInstant(), state, rs.getLong(7),
                            rs.getString(8)));
                }
            }
        }
        return jobs;
    }


    private <T> T work(ReturningWork<T> work) {
        return db.inTransaction(session -> session.doReturningWork(work));
    }
}
