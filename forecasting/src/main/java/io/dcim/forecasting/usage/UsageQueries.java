package io.dcim.forecasting.usage;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.site.Site;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Usage and utilization of a site over [from, toExclusive), for the other features (economics, the capacity
 * plan) and, through {@link UsageFacade}, the doors. Used = the imported jobs (daily aggregate) plus whole-server
 * rentals; available = in-service cards × the hours of each day, from the daily utilization snapshots, or from
 * the inventory as it is now on days no snapshot was taken; allocated = cards allocated to tenants likewise.
 * Reads at most days × classes (or tenants) aggregate rows, whatever the number of jobs.
 */
public final class UsageQueries {

    /** The longest range one query reads: ten years of days. */
    static final long MAX_DAYS = 3_660;

    private final Database db;

    public UsageQueries(Database db) {
        this.db = db;
    }

    /** Usage grouped as asked, in key order (days and months chronological). */
    public List<UsageTotal> totals(long siteId, LocalDate from, LocalDate toExclusive, UsageGrouping groupBy) {
        return utilization(siteId, from, toExclusive, groupBy).stream()
                .map(u -> new UsageTotal(u.key(), u.cardHoursUsed(), u.coreHoursUsed(), u.cardHoursAvailable())).toList();
    }

    /** {@link #totals} with the allocated card-hours beside (null for the tenant groupings). */
    public List<UtilizationTotal> utilization(long siteId, LocalDate from, LocalDate toExclusive, UsageGrouping groupBy) {
        check(from, toExclusive, groupBy);
        return db.read(session -> compute(session, siteId, from, toExclusive, groupBy));
    }

    /** Within a caller's transaction (economics, tests). */
    public static List<UtilizationTotal> compute(Session session, long siteId, LocalDate from, LocalDate toExclusive,
                                                 UsageGrouping groupBy) {
        check(from, toExclusive, groupBy);
        Site site = session.get(Site.class, siteId);
        if (site == null) {
            throw new NotFoundException(Message.noun(Site.class, "site"), siteId);
        }
        ZoneId zone = site.getZone();
        Map<String, long[]> sums = new TreeMap<>();
        UsageReader.used(session, siteId, from, toExclusive, groupBy.byTenant(), u ->
                add(sums, groupBy.key(u.day(), u.gpuClass(), u.tenantId()), u.cardSeconds(), u.coreSeconds(), 0, 0));
        for (ServerRental r : UsageReader.rentals(session, siteId, from, toExclusive)) {
            LocalDate first = r.getStartDate().isAfter(from) ? r.getStartDate() : from;
            LocalDate end = r.endDate().isBefore(toExclusive) ? r.endDate() : toExclusive;
            for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
                long seconds = Hours.secondsOf(day, zone);
                add(sums, groupBy.key(day, r.getGpuClass(), r.getTenantId()), r.cards() * seconds, r.cores() * seconds, 0, 0);
            }
        }
        addCapacity(session, siteId, from, toExclusive, groupBy, zone, sums);
        return sums.entrySet().stream().map(e -> {
            long[] v = e.getValue();
            return new UtilizationTotal(e.getKey(), Hours.of(v[0]), Hours.of(v[1]), Hours.of(v[2]),
                    groupBy.byTenant() ? null : Hours.of(v[3]));
        }).toList();
    }

    /**
     * Adds available and allocated card-seconds: to each class's (or day's, month's) key, and for the tenant
     * groupings the site's figure of the period to every tenant key of that period.
     */
    private static void addCapacity(Session session, long siteId, LocalDate from, LocalDate to, UsageGrouping groupBy,
                                    ZoneId zone, Map<String, long[]> sums) {
        Map<LocalDate, Map<String, UsageReader.Cards>> snapshots = UsageReader.snapshots(session, siteId, from, to);
        Map<String, UsageReader.Cards> now = null;
        Map<String, long[]> periods = new TreeMap<>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            Map<String, UsageReader.Cards> cards = snapshots.get(day);
            if (cards == null) {
                if (now == null) {
                    now = UsageReader.now(session, siteId);
                }
                cards = now;
            }
            long seconds = Hours.secondsOf(day, zone);
            for (Map.Entry<String, UsageReader.Cards> c : cards.entrySet()) {
                long available = c.getValue().inService() * seconds;
                long allocated = c.getValue().allocated() * seconds;
                if (groupBy.byTenant()) {
                    long[] p = periods.computeIfAbsent(groupBy == UsageGrouping.TENANT ? "" : UsageGrouping.MONTH.key(day, null, 0),
                            k -> new long[2]);
                    p[0] += available;
                    p[1] += allocated;
                } else if (available > 0 || allocated > 0) {
                    add(sums, groupBy.key(day, c.getKey(), 0), 0, 0, available, allocated);
                }
            }
        }
        if (groupBy.byTenant()) {
            for (Map.Entry<String, long[]> e : sums.entrySet()) {
                String period = groupBy == UsageGrouping.TENANT ? "" : UsageGrouping.parts(e.getKey())[0];
                long[] p = periods.getOrDefault(period, new long[2]);
                e.getValue()[2] += p[0];
                e.getValue()[3] += p[1];
            }
        }
    }

    private static void add(Map<String, long[]> sums, String key, long card, long core, long available, long allocated) {
        long[] v = sums.computeIfAbsent(key, k -> new long[4]);
        v[0] += card;
        v[1] += core;
        v[2] += available;
        v[3] += allocated;
    }

    private static void check(LocalDate from, LocalDate toExclusive, UsageGrouping groupBy) {
        if (groupBy == null) {
            throw new InvalidValueException("groupBy", Message.of("common.field.required"));
        }
        if (from == null) {
            throw new InvalidValueException("from", Message.of("common.field.required"));
        }
        if (toExclusive == null || !toExclusive.isAfter(from) || ChronoUnit.DAYS.between(from, toExclusive) > MAX_DAYS) {
            throw new InvalidValueException("to", Message.of("forecasting.usage.range", MAX_DAYS));
        }
    }
}
