package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TreeSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, raw readings move into a table partitioned by range of {@code at}, one partition per UTC day
 * (issue 18), so that retention drops a day's partition instead of deleting its rows one by one. H2 keeps the
 * plain table (it has no partitions; its purge still deletes).
 *
 * <p>Why daily: the full demo polls 8,000 PDUs and UPSes, 6 metrics each, every 10 to 30 s, i.e. 1,600 to 4,800
 * rows a second, 140 to 410 million rows a day. A day's partition (about 10 to 30 GB with its two indexes)
 * keeps each partition's indexes a size the cache can hold while today's rows arrive, and a 7-day retention
 * keeps 8 partitions. A week's partition would hold up to 3 billion rows, and retention by whole weeks would
 * keep up to 14 days instead of 7.
 *
 * <p>The unique key (target_id, metric, at) of V2026120930 holds on the partitioned table (it contains the
 * partition key); each partition's indexes are named after it ({@code <partition>_series_uk},
 * {@code <partition>_at_ix}) so that a refused duplicate names a "series_uk" whatever the partition. A default
 * partition catches a reading no day partition covers (a clock far off, a backfill of old days); the
 * readings' housekeeping moves such rows into their day's partition. The partitions made here are those of the
 * days that hold rows, the last 7 days and the next 3 days: housekeeping makes the following ones.
 *
 * <p>Existing rows are copied into the new table (time proportional to their number: budget for it on a large
 * installation) and the old table dropped. The SQL of a partition is repeated here rather than shared with
 * {@code io.dcim.power.reading.RawPartitions}, so that this migration never changes with that code.
 */
public class V2026121000__power_reading_raw_partitions extends BaseJavaMigration {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table reading_raw rename to reading_raw_unpartitioned");
            ddl.execute("alter index reading_raw_series_uk rename to reading_raw_unpartitioned_series_uk");
            ddl.execute("alter index reading_raw_at_ix rename to reading_raw_unpartitioned_at_ix");
            ddl.execute("""
                    create table reading_raw (
                        target_id       bigint not null,
                        metric          varchar(120) not null,
                        at              timestamp(6) with time zone not null,
                        measured_value  double precision not null
                    ) partition by range (at)""");
            ddl.execute("create unique index reading_raw_series_uk on reading_raw (target_id, metric, at)");
            ddl.execute("create index reading_raw_at_ix on reading_raw (at)");

            createWithIndexes(ddl, "reading_raw_default");
            ddl.execute("alter table reading_raw attach partition reading_raw_default default");

            TreeSet<LocalDate> days = new TreeSet<>();
            try (ResultSet rs = ddl.executeQuery("select distinct floor(extract(epoch from at) / 86400)"
                    + " from reading_raw_unpartitioned")) {
                while (rs.next()) {
                    days.add(LocalDate.ofEpochDay(rs.getLong(1)));
                }
            }
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            for (LocalDate day = today.minusDays(7); !day.isAfter(today.plusDays(3)); day = day.plusDays(1)) {
                days.add(day);
            }
            for (LocalDate day : days) {
                String name = "reading_raw_p" + DAY.format(day);
                createWithIndexes(ddl, name);
                ddl.execute("alter table reading_raw attach partition " + name + " for values from ("
                        + bound(day) + ") to (" + bound(day.plusDays(1)) + ")");
            }
            ddl.execute("insert into reading_raw (target_id, metric, at, measured_value)"
                    + " select target_id, metric, at, measured_value from reading_raw_unpartitioned");
            ddl.execute("drop table reading_raw_unpartitioned");
        }
    }

    /** A stand-alone table like the parent, with its indexes named after it; attached afterwards. */
    private static void createWithIndexes(Statement ddl, String name) throws SQLException {
        ddl.execute("create table " + name + " (like reading_raw including defaults)");
        ddl.execute("create unique index " + name + "_series_uk on " + name + " (target_id, metric, at)");
        ddl.execute("create index " + name + "_at_ix on " + name + " (at)");
    }

    private static String bound(LocalDate day) {
        return "timestamp with time zone '" + day + " 00:00:00+00'";
    }
}
