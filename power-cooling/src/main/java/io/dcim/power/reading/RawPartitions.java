package io.dcim.power.reading;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The daily partitions of {@code reading_raw} on PostgreSQL (made by migration V2026121000): one per UTC day,
 * named {@code reading_raw_pYYYYMMDD}, and {@code reading_raw_default} for readings no day covers. H2 has a
 * plain table and nothing here applies to it ({@link #applies()} is false).
 *
 * <p>A partition is made as a table of its own, filled with its day's rows taken out of the default partition
 * (when some landed there), indexed, then attached: attaching locks the parent less than
 * {@code create table ... partition of} (appends go on) and fails if the default partition still held a row
 * of the day. Each change runs in its own transaction under an advisory lock, so that two nodes running the
 * housekeeping at once never make the same partition twice.
 */
final class RawPartitions {

    /** Partitions are made for today and this many days after it. */
    static final int DAYS_AHEAD = 3;
    static final String DEFAULT = "reading_raw_default";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RawPartitions.class);
    private static final Pattern DAY_NAME = Pattern.compile("reading_raw_p(\\d{8})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** Any fixed number: the key of the transaction-level advisory lock changes to the partitions take. */
    private static final long LOCK_KEY = 2026121000L;
    private static final String PARTITIONED = "select c.relkind = 'p' from pg_class c"
            + " where c.oid = to_regclass('reading_raw')";
    private static final String CHILDREN = "select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
            + " where i.inhparent = to_regclass('reading_raw')";

    private final Database db;
    private volatile Boolean partitioned;

    RawPartitions(Database db) {
        this.db = db;
    }

    /** True on PostgreSQL once the table is partitioned. */
    boolean applies() {
        Boolean known = partitioned;
        if (known == null) {
            known = db.kind() == DatabaseKind.POSTGRESQL && Jdbc.inTransaction(db, connection -> {
                try (PreparedStatement query = connection.prepareStatement(PARTITIONED);
                     ResultSet rs = query.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            });
            partitioned = known;
        }
        return known;
    }

    /** The days that have a partition, oldest first. */
    List<LocalDate> days() {
        return Jdbc.inTransaction(db, RawPartitions::days);
    }

    /**
     * Makes the partitions of today and the next {@value #DAYS_AHEAD} days, then moves what landed in the default
     * partition into its day's partition (made for it) when that day is still kept ({@code keepFrom} on) and not
     * after the last day made ahead. Rows older stay for {@link #purge}; rows later stay where they are, warned
     * about: a clock far ahead, most likely.
     */
    PartitionReport prepare(Instant now, Instant keepFrom) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate lastAhead = today.plusDays(DAYS_AHEAD);
        List<String> created = new ArrayList<>();
        long moved = 0;
        TreeSet<LocalDate> wanted = new TreeSet<>();
        for (LocalDate day = today; !day.isAfter(lastAhead); day = day.plusDays(1)) {
            wanted.add(day);
        }
        LocalDate firstKept = LocalDate.ofInstant(keepFrom, ZoneOffset.UTC);
        for (LocalDate day : Jdbc.inTransaction(db, RawPartitions::daysInDefault)) {
            if (!day.isBefore(firstKept) && !day.isAfter(lastAhead)) {
                wanted.add(day);
            }
        }
        wanted.removeAll(days());
        for (LocalDate day : wanted) {
            long rows = Jdbc.inTransaction(db, connection -> create(connection, day));
            if (rows >= 0) {
                created.add(name(day));
                moved += rows;
            }
        }
        long left = Jdbc.inTransaction(db, connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(*) from " + DEFAULT + " where at >= ?")) {
                Jdbc.setInstant(count, 1, keepFrom);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        if (moved > 0) {
            log.warn("{} raw readings had landed in {} (no partition for their day) and were moved into {}", moved,
                    DEFAULT, created);
        }
        if (left > 0) {
            log.warn("{} raw readings stay in {}: their day is after {}, the last day partitions are made ahead for;"
                    + " is a clock far ahead?", left, DEFAULT, lastAhead);
        }
        return new PartitionReport(created, moved, left);
    }

    /**
     * Drops the partitions whose whole day ends at or before {@code before}, and deletes the rows before it from
     * the default partition (those the housekeeping did not move: days already past the retention).
     */
    Purged purge(Instant before) {
        List<String> dropped = new ArrayList<>();
        for (LocalDate day : days()) {
            if (!day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(before)) {
                boolean gone = Jdbc.inTransaction(db, connection -> {
                    lock(connection);
                    try (Statement ddl = connection.createStatement()) {
                        return ddl.executeUpdate("drop table if exists " + name(day)) >= 0;
                    }
                });
                if (gone) {
                    dropped.add(name(day));
                }
            }
        }
        long deleted = Jdbc.inTransaction(db, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + DEFAULT + " where at < ?")) {
                Jdbc.setInstant(delete, 1, before);
                return (long) delete.executeUpdate();
            }
        });
        if (!dropped.isEmpty()) {
            log.info("Raw readings retention dropped partitions {}", dropped);
        }
        return new Purged(dropped, deleted);
    }

    static String name(LocalDate day) {
        return "reading_raw_p" + DAY.format(day);
    }

    private static List<LocalDate> days(Connection connection) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(CHILDREN); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Matcher m = DAY_NAME.matcher(rs.getString(1));
                if (m.matches()) {
                    days.add(LocalDate.parse(m.group(1), DAY));
                }
            }
        }
        days.sort(null);
        return days;
    }

    private static List<LocalDate> daysInDefault(Connection connection) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select distinct floor(extract(epoch from at) / 86400) from " + DEFAULT);
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                days.add(LocalDate.ofEpochDay(rs.getLong(1)));
            }
        }
        return days;
    }

    /** Makes the day's partition, moving its rows out of the default one; -1 when another node made it first. */
    private static long create(Connection connection, LocalDate day) throws SQLException {
        lock(connection);
        if (days(connection).contains(day)) {
            return -1;
        }
        // Appends of the day wait until the partition is attached instead of landing in the default one
        // between the move and the attach (which would then refuse).
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("lock table " + DEFAULT + " in exclusive mode");
        }
        String name = name(day);
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = from.plus(Duration.ofDays(1));
        long moved;
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create table " + name + " (like reading_raw including defaults)");
            try (PreparedStatement move = connection.prepareStatement("with gone as (delete from " + DEFAULT
                    + " where at >= ? and at < ? returning target_id, metric, at, measured_value)"
                    + " insert into " + name + " (target_id, metric, at, measured_value) select * from gone")) {
                Jdbc.setInstant(move, 1, from);
                Jdbc.setInstant(move, 2, to);
                moved = move.executeUpdate();
            }
            ddl.execute("create unique index " + name + "_series_uk on " + name + " (target_id, metric, at)");
            ddl.execute("create index " + name + "_at_ix on " + name + " (at)");
            ddl.execute("alter table reading_raw attach partition " + name + " for values from (" + bound(from)
                    + ") to (" + bound(to) + ")");
        }
        return moved;
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            lock.execute();
        }
    }

    private static String bound(Instant t) {
        return "timestamp with time zone '" + t.toString().replace('T', ' ').replace("Z", "+00") + "'";
    }

    /** What {@link #purge} did: partitions dropped, rows deleted from the default partition. */
    record Purged(List<String> dropped, long deletedFromDefault) {
    }
}
