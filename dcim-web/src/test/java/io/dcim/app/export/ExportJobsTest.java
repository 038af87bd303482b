package io.dcim.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.persistence.Database;
import io.dcim.console.purchase.OrderPagesTest;
import io.dcim.testing.BothDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Export jobs on several nodes of one database: a workbook written by one node downloads from another (and after
 * a restart: a new {@link ExportJobs} is what a restarted node has), a job whose node went silent reads as
 * stopped, and jobs are forgotten after a day.
 */
class ExportJobsTest {

    private static final Caller ANALYST = Caller.of("ana", Permission.READ, Permission.EXPORT_DEPRECIATION);

    @BothDatabases
    void aWorkbookWrittenOnOneNodeDownloadsFromAnother(Database db) throws Exception {
        Services services = OrderPagesTest.seeded(db);
        ExportJob job = services.exportJobs().start(ANALYST, new ExportReport.AssetRegister(LocalDate.of(2025, 6, 30), null, null));
        assertThat(job.await(Duration.ofSeconds(60))).isTrue();
        assertThat(job.succeeded()).as(job.failure()).isTrue();
        ByteArrayOutputStream here = new ByteArrayOutputStream();
        assertThat(services.exportJobs().copyWorkbook(job, here)).isTrue();

        try (ExportJobs otherNode = new ExportJobs(db, services.procurement(), Clock.systemUTC())) {
            ExportJob there = otherNode.find(job.id()).orElseThrow();
            assertThat(there.succeeded()).isTrue();
            assertThat(there.owner()).isEqualTo("ana");
            assertThat(there.rowsDone()).isEqualTo(job.rowsDone()).isPositive();
            assertThat(there.report()).isEqualTo(job.report());
            assertThat(otherNode.of("ana")).extracting(ExportJob::id).containsExactly(job.id());
            assertThat(otherNode.of("someone else")).isEmpty();
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            assertThat(otherNode.copyWorkbook(there, copy)).isTrue();
            assertThat(copy.toByteArray()).isEqualTo(here.toByteArray());
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(copy.toByteArray()))) {
                assertThat(workbook.getSheet("Register").getLastRowNum()).isEqualTo(job.rowsDone() + 1);
            }
        }
    }

    @BothDatabases
    void aJobWhoseNodeWentSilentIsStoppedAndJobsAreForgottenAfterADay(Database db) throws Exception {
        Services services = OrderPagesTest.seeded(db);
        Instant now = Instant.now();
        insertRunning(db, "silent", now.minus(Duration.ofMinutes(5)), now.minus(Duration.ofMinutes(2)));
        insertRunning(db, "alive", now.minus(Duration.ofMinutes(5)), now.minusSeconds(5));
        insertRunning(db, "yesterday", now.minus(Duration.ofHours(25)), now.minus(Duration.ofHours(25)));

        ExportJobs jobs = services.exportJobs();
        assertThat(jobs.find("silent").orElseThrow().state()).isEqualTo(ExportJob.State.STOPPED);
        assertThat(jobs.find("alive").orElseThrow().state()).as("another node is writing it").isEqualTo(ExportJob.State.RUNNING);
        assertThat(jobs.copyWorkbook(jobs.find("silent").orElseThrow(), OutputStream.nullOutputStream())).isFalse();
        assertThat(jobs.of("ana")).extracting(ExportJob::id).containsExactly("alive", "silent");

        ExportJob fresh = jobs.start(ANALYST, new ExportReport.PurchaseRegister(null, null));
        assertThat(fresh.await(Duration.ofSeconds(60))).isTrue();
        assertThat(jobs.find("yesterday")).as("forgotten with its workbook").isEmpty();
        assertThat(jobs.of("ana")).extracting(ExportJob::id).containsExactly(fresh.id(), "alive", "silent");
    }

    private static void insertRunning(Database db, String id, Instant started, Instant heartbeat) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into export_job (id, owner, report, estimated_rows, started_at, state, rows_done, heartbeat_at)"
                        + " values (?, 'ana', 'PURCHASE_REGISTER;;', 1, ?, 'RUNNING', 0, ?)")) {
            ps.setString(1, id);
            ps.setObject(2, OffsetDateTime.ofInstant(started, ZoneOffset.UTC));
            ps.setObject(3, OffsetDateTime.ofInstant(heartbeat, ZoneOffset.UTC));
            ps.executeUpdate();
            c.commit();
        }
    }
}
