package io.dcim.forecasting.usage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Card-seconds and core-seconds by site, day, GPU class and tenant, gathered in memory during an import (a year of
 * a full site is at most days × classes × tenants entries, whatever the number of jobs) and then added to usage_day.
 */
final class DayTotals {

    /** A usage_day row: the day is an epoch day in the site's zone. */
    record Key(long siteId, long day, String gpuClass, long tenantId) {

        /**
         * Mixed, because the record's own hash (31 × the previous field + the next) gave the same value to a
         * tenant's day and the next tenant's day 31 later: a year of a site filled HashMap bins into trees.
         */
        @Override
        public int hashCode() {
            long h = siteId * 0x9E3779B97F4A7C15L + day;
            h = h * 0x9E3779B97F4A7C15L + tenantId;
            h = h * 0x9E3779B97F4A7C15L + gpuClass.hashCode();
            return Long.hashCode(h ^ (h >>> 29));
        }
    }

    private final Map<Key, long[]> totals = new HashMap<>();
    private long cardSeconds;
    private long coreSeconds;

    /**
     * Adds a job that ran from {@code start} to {@code end} (local times at the target's site), split at every
     * midnight of the site's zone.
     */
    void add(SacctImport.Mappings.Target target, LocalDateTime start, LocalDateTime end, int cards, int cores) {
        SiteClock clock = target.clock();
        long from = clock.epochSecond(start);
        long until = clock.epochSecond(end);
        long day = clock.dayOf(start);
        while (from < until) {
            long to = Math.min(until, clock.midnight(day + 1));
            long seconds = to - from;
            long[] v = totals.computeIfAbsent(new Key(target.siteId(), day, target.gpuClass(), target.tenantId()),
                    k -> new long[2]);
            v[0] += seconds * cards;
            v[1] += seconds * cores;
            cardSeconds += seconds * cards;
            coreSeconds += seconds * cores;
            from = to;
            day++;
        }
    }

    long cardSeconds() {
        return cardSeconds;
    }

    long coreSeconds() {
        return coreSeconds;
    }

    /** The card-seconds gathered for one usage_day row. */
    long secondsOn(long siteId, LocalDate day, String gpuClass, long tenantId) {
        long[] v = totals.get(new Key(siteId, day.toEpochDay(), gpuClass, tenantId));
        return v == null ? 0 : v[0];
    }

    /**
     * Adds the totals to usage_day: to the rows that exist, and as new rows where none does. Which exist is read
     * first, a site's span of days in one query, so that only those take an update each (a statement per row,
     * even batched, cost seconds for a year of a site when they all missed) and the rest go in one batch.
     */
    void write(Connection c) throws SQLException {
        Set<Key> existing = existing(c);
        List<Map.Entry<Key, long[]>> updates = new ArrayList<>();
        List<Map.Entry<Key, long[]>> inserts = new ArrayList<>();
        for (Map.Entry<Key, long[]> e : totals.entrySet()) {
            (existing.contains(e.getKey()) ? updates : inserts).add(e);
        }
        execute(c, "update usage_day set card_seconds = card_seconds + ?, core_seconds = core_seconds + ?"
                + " where site_id = ? and on_day = ? and gpu_class = ? and tenant_id = ?", updates);
        execute(c, "insert into usage_day (card_seconds, core_seconds, site_id, on_day, gpu_class, tenant_id)"
                + " values (?, ?, ?, ?, ?, ?)", inserts);
    }

    private Set<Key> existing(Connection c) throws SQLException {
        Map<Long, long[]> spans = new HashMap<>();
        for (Key k : totals.keySet()) {
            long[] span = spans.computeIfAbsent(k.siteId(), s -> new long[] {k.day(), k.day()});
            span[0] = Math.min(span[0], k.day());
            span[1] = Math.max(span[1], k.day());
        }
        Set<Key> found = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement("select on_day, gpu_class, tenant_id from usage_day"
                + " where site_id = ? and on_day between ? and ?")) {
            for (Map.Entry<Long, long[]> site : spans.entrySet()) {
                select.setLong(1, site.getKey());
                select.setDate(2, Date.valueOf(LocalDate.ofEpochDay(site.getValue()[0])));
                select.setDate(3, Date.valueOf(LocalDate.ofEpochDay(site.getValue()[1])));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Key(site.getKey(), rs.getObject(1, LocalDate.class).toEpochDay(), rs.getString(2),
                                rs.getLong(3)));
                    }
                }
            }
        }
        return found;
    }

    private static void execute(Connection c, String sql, List<Map.Entry<Key, long[]>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Map.Entry<Key, long[]> e : rows) {
                Key k = e.getKey();
                s.setLong(1, e.getValue()[0]);
                s.setLong(2, e.getValue()[1]);
                s.setLong(3, k.siteId());
                s.setDate(4, Date.valueOf(LocalDate.ofEpochDay(k.day())));
                s.setString(5, k.gpuClass());
                s.setLong(6, k.tenantId());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
