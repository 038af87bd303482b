package io.dcim.forecasting.usage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Card-seconds and core-seconds by site, day, GPU class and tenant, gathered in memory during an import (a year of
 * a full site is at most days × classes × tenants entries, whatever the number of jobs) and then added to usage_day.
 */
final class DayTotals {

    /** A day (epoch day in the site's zone) of one mapping's site, GPU class and tenant. */
    record Key(SacctImport.Mappings.Target target, long day) {
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
            long[] v = totals.computeIfAbsent(new Key(target, day), k -> new long[2]);
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

    /** Adds the totals to usage_day: to the rows that exist, and as new rows where none does. */
    void write(Connection c) throws SQLException {
        List<Map.Entry<Key, long[]>> entries = new ArrayList<>(totals.entrySet());
        List<Map.Entry<Key, long[]>> missing = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement("update usage_day set card_seconds = card_seconds + ?,"
                + " core_seconds = core_seconds + ? where site_id = ? and on_day = ? and gpu_class = ? and tenant_id = ?")) {
            for (Map.Entry<Key, long[]> e : entries) {
                update.setLong(1, e.getValue()[0]);
                update.setLong(2, e.getValue()[1]);
                bindKey(update, 3, e.getKey());
                update.addBatch();
            }
            int[] updated = update.executeBatch();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    missing.add(entries.get(i));
                } else if (updated[i] == Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("the driver did not say which usage_day rows exist");
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("insert into usage_day (card_seconds, core_seconds, site_id,"
                + " on_day, gpu_class, tenant_id) values (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Key, long[]> e : missing) {
                insert.setLong(1, e.getValue()[0]);
                insert.setLong(2, e.getValue()[1]);
                bindKey(insert, 3, e.getKey());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement s, int at, Key k) throws SQLException {
        s.setLong(at, k.target().siteId());
        s.setDate(at + 1, Date.valueOf(LocalDate.ofEpochDay(k.day())));
        s.setString(at + 2, k.target().gpuClass());
        s.setLong(at + 3, k.target().tenantId());
    }
}
