package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The console's report exports kept in the database for a day (issue 18: nothing a user waits for stays in one
 * node's memory): each job's state, progress and heartbeat, and once written its workbook, {@code bytea} on
 * PostgreSQL and a {@code blob} on H2, so that any node serves the download. A Java migration because Flyway's
 * SQL migrations have no per-database type.
 */
public class V2026121050__app_export_jobs extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("""
                    create table export_job (
                      id              varchar(36) primary key,
                      owner           varchar(100) not null,
                      report          varchar(200) not null,
                      estimated_rows  bigint not null,
                      started_at      timestamp(6) with time zone not null,
                      state           varchar(12) not null,
                      rows_done       bigint not null,
                      failure         varchar(2000),
                      heartbeat_at    timestamp(6) with time zone not null,
                      workbook        %s
                    )""".formatted(postgres ? "bytea" : "blob"));
            s.execute("create index export_job_owner_ix on export_job (owner, started_at)");
        }
    }
}
