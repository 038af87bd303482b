package io.dcim.forecasting.history;

import io.dcim.common.persistence.Database;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The utilization_day table through plain JDBC batches: years of daily rows are written and read in bulk,
 * which entities would only slow down. A day's snapshot replaces the rows of that day, so a day written twice
 * holds the second figures (an idempotent upsert that needs no dialect-specific MERGE).
 */
final class HistoryStore {

    private static final int BATCH = 1_000;

    private final Database db;

    HistoryStore(Database db) {
        this.db = db;
    }

    /** Replaces the rows of {@code day} for the sites present in {@code rows}, in one transaction. */
    void replaceDay(LocalDate day, Collection<SnapshotRow> rows) {
        db.execute(session -> session.doWork(c -> {
            try (PreparedStatement delete = c.prepareStatement("delete from utilization_day where site_id = ? and on_day = ?")) {
                for (long siteId : rows.stream().mapToLong(SnapshotRow::siteId).distinct().toArray()) {
                    delete.setLong(1, siteId);
                    delete.setDate(2, Date.valueOf(day));
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            insert(c, rows.stream().map(r -> new DayRow(day, r)).toList());
        }));
    }

    /** Adds rows for days that have none yet (the caller leaves out the days {@link #daysWithRows} lists). */
    void insertAll(List<DayRow> rows) {
        db.execute(session -> session.doWork(c -> insert(c, rows)));
    }

    /** The days from {@code from} to {@code to} inclusive on which the site has any row. */
    Set<LocalDate> daysWithRows(long siteId, LocalDate from, LocalDate to) {
        return db.read(session -> session.doReturningWork(c -> {
            Set<LocalDate> days = new HashSet<>();
            try (PreparedStatement select = c.prepareStatement("select distinct on_day from utilization_day"
                    + " where site_id = ? and on_day >= ? and on_day <= ?")) {
                select.setLong(1, siteId);
                select.setDate(2, Date.valueOf(from));
                select.setDate(3, Date.valueOf(to));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        days.add(rs.getDate(1).toLocalDate());
                    }
                }
            }
            return days;
        }));
    }

    List<SnapshotRow> day(long siteId, LocalDate day) {
        return db.read(session -> session.doReturningWork(c -> {
            List<SnapshotRow> out = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("select resource, gpu_class, used, in_service, capacity,"
                    + " measured from utilization_day where site_id = ? and on_day = ?")) {
                select.setLong(1, siteId);
                select.setDate(2, Date.valueOf(day));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long inService = rs.getLong(4);
                        out.add(new SnapshotRow(siteId, Resource.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3),
                                rs.wasNull() ? null : inService, rs.getLong(5), rs.getBoolean(6)));
                    }
                }
            }
            return out;
        }));
    }

    List<UtilizationPoint> series(long siteId, Resource resource, String gpuClass, LocalDate from, LocalDate to) {
        return db.read(session -> session.doReturningWork(c -> {
            List<UtilizationPoint> out = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("select on_day, used, in_service, capacity, measured"
                    + " from utilization_day where site_id = ? and resource = ? and gpu_class = ? and on_day >= ? and on_day <= ?"
                    + " order by on_day")) {
                select.setLong(1, siteId);
                select.setString(2, resource.name());
                select.setString(3, gpuClass);
                select.setDate(4, Date.valueOf(from));
                select.setDate(5, Date.valueOf(to));
                select.setFetchSize(BATCH);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long inService = rs.getLong(3);
                        out.add(new UtilizationPoint(rs.getDate(1).toLocalDate(), rs.getLong(2),
                                rs.wasNull() ? null : inService, rs.getLong(4), rs.getBoolean(5)));
                    }
                }
            }
            return out;
        }));
    }

    /** The GPU classes that have history at the site (besides ALL). */
    List<String> gpuClasses(long siteId) {
        return db.read(session -> session.createNativeQuery("select distinct gpu_class from utilization_day"
                        + " where site_id = :site and resource = 'GPU' and gpu_class <> 'ALL' order by gpu_class", String.class)
                .setParameter("site", siteId).getResultList());
    }

    private static void insert(Connection c, List<DayRow> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into utilization_day (site_id, resource, gpu_class, on_day,"
                + " used, in_service, capacity, measured) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (DayRow d : rows) {
                SnapshotRow r = d.row();
                insert.setLong(1, r.siteId());
                insert.setString(2, r.resource().name());
                insert.setString(3, r.gpuClass());
                insert.setDate(4, Date.valueOf(d.day()));
                insert.setLong(5, r.used());
                if (r.inService() == null) {
                    insert.setNull(6, Types.BIGINT);
                } else {
                    insert.setLong(6, r.inService());
                }
                insert.setLong(7, r.capacity());
                insert.setBoolean(8, r.measured());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** A row and the day it belongs to. */
    record DayRow(LocalDate day, SnapshotRow row) {
    }
}
