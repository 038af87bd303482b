package io.dcim.forecasting.usage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Card-seconds and core-seconds by site, day, GPU class and tenant, gathered in memory during an import (a year of
 * a full site is at most days × classes × tenants entries, whatever the number of jobs) and then added to usage_day.
 */
final class DayTotals {

    record Key(long siteId, LocalDate day, String gpuClass, long tenantId) {
    }

    private final Map<Key, long[]> totals = new HashMap<>();
    private long cardSeconds;
    private long coreSeconds;

    /** Adds a job running from {@code start} to {@code end}, split at every midnight of {@code zone}. */
    void add(long siteId, String gpuClass, long tenantId, ZonedDateTime start, ZonedDateTime end, int cards, int cores) {
        ZonedDateTime from = start;
        while (from.isBefore(end)) {
            LocalDate day = from.toLocalDate();
            ZonedDateTime midnight = day.plusDays(1).atStartOfDay(from.getZone());
            ZonedDateTime to = end.isBefore(midnight) ? end : midnight;
            long seconds = Duration.between(from, to).toSeconds();
            long[] v = totals.computeIfAbsent(new Key(siteId, day, gpuClass, tenantId), k -> new long[2]);
            v[0] += seconds * cards;
            v[1] += seconds * cores;
            cardSeconds += seconds * cards;
            coreSeconds += seconds * cores;
            from = to;
        }
    }

    long cardSeconds() {
        return cardSeconds;
    }

    long coreSeconds() {
        return coreSeconds;
    }

    Map<Key, long[]> totals() {
        return totals;
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
        s.setLong(at, k.siteId());
        s.setDate(at + 1, Date.valueOf(k.day()));
        s.setString(at + 2, k.gpuClass());
        s.setLong(at + 3, k.tenantId());
    }
}
