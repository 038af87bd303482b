package io.dcim.forecasting.usage;

import io.dcim.forecasting.history.GpuClass;
import io.dcim.inventory.gpu.GpuCounts;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The stored figures {@link UsageQueries} adds up, read in a few aggregate JDBC queries: used seconds from
 * usage_day, rentals, and in-service and allocated cards by day and class from the utilization history.
 */
final class UsageReader {

    /** One row of used seconds: a day with a class or a tenant (the other is null / -1). */
    record Used(LocalDate day, String gpuClass, long tenantId, long cardSeconds, long coreSeconds) {
    }

    /** Cards of one class on one day: in service, allocated. */
    record Cards(long inService, long allocated) {
    }

    private UsageReader() {
    }

    /** Used seconds by day and class, or by day and tenant when {@code byTenant}. */
    static void used(Session session, long siteId, LocalDate from, LocalDate to, boolean byTenant,
                     java.util.function.Consumer<Used> sink) {
        String dimension = byTenant ? "tenant_id" : "gpu_class";
        session.doWork(c -> {
            try (PreparedStatement select = c.prepareStatement("select on_day, " + dimension + ", sum(card_seconds),"
                    + " sum(core_seconds) from usage_day where site_id = ? and on_day >= ? and on_day < ?"
                    + " group by on_day, " + dimension)) {
                select.setLong(1, siteId);
                select.setDate(2, Date.valueOf(from));
                select.setDate(3, Date.valueOf(to));
                select.setFetchSize(1_000);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        LocalDate day = rs.getDate(1).toLocalDate();
                        sink.accept(byTenant ? new Used(day, null, rs.getLong(2), rs.getLong(3), rs.getLong(4))
                                : new Used(day, rs.getString(2), -1, rs.getLong(3), rs.getLong(4)));
                    }
                }
            }
        });
    }

    /** In-service and allocated cards by day and class from the daily snapshots (days without one are absent). */
    static Map<LocalDate, Map<String, Cards>> snapshots(Session session, long siteId, LocalDate from, LocalDate to) {
        return session.doReturningWork(c -> snapshots(c, siteId, from, to));
    }

    private static Map<LocalDate, Map<String, Cards>> snapshots(Connection c, long siteId, LocalDate from, LocalDate to)
            throws SQLException {
        Map<LocalDate, Map<String, Cards>> out = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("select on_day, gpu_class, in_service, used from utilization_day"
                + " where site_id = ? and resource = 'GPU' and gpu_class <> ? and on_day >= ? and on_day < ?")) {
            select.setLong(1, siteId);
            select.setString(2, GpuClass.ALL);
            select.setDate(3, Date.valueOf(from));
            select.setDate(4, Date.valueOf(to));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new HashMap<>())
                            .put(rs.getString(2), new Cards(rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return out;
    }

    /** The site's cards by class as the inventory holds them now: for days the history has no snapshot of. */
    static Map<String, Cards> now(Session session, long siteId) {
        Map<String, long[]> counts = new HashMap<>();
        for (GpuCounts.OfModelAtSite row : GpuCounts.bySiteAndModel(session)) {
            if (row.siteId() == siteId) {
                long[] v = counts.computeIfAbsent(GpuClass.of(row.modelName()).name(), k -> new long[2]);
                v[0] += row.inService();
                v[1] += row.allocated();
            }
        }
        Map<String, Cards> out = new HashMap<>();
        counts.forEach((k, v) -> out.put(k, new Cards(v[0], v[1])));
        return out;
    }

    /** The rentals of the site whose term overlaps [from, to). */
    static List<ServerRental> rentals(Session session, long siteId, LocalDate from, LocalDate to) {
        return session.createQuery("from ServerRental r where r.siteId = :site and r.startDate < :to", ServerRental.class)
                .setParameter("site", siteId).setParameter("to", to).getResultStream()
                .filter(r -> r.endDate().isAfter(from)).toList();
    }
}
