package io.dcim.procurement.asset;

import io.dcim.common.persistence.Database;
import io.dcim.procurement.depreciation.AssetTerms;
import io.dcim.procurement.depreciation.DepreciationCalculator;
import io.dcim.procurement.depreciation.DepreciationEvent;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import io.dcim.procurement.depreciation.Disposal;
import io.dcim.procurement.depreciation.StartConvention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.query.Query;

/**
 * Each month's depreciation by a caller's group in bulk: a site's fleet is a few lots of identical servers, so
 * assets with the same terms, the same disposal and no recorded change of estimate share one schedule, computed
 * once and counted (its monthly charge × the number of assets: the same fen as adding them one by one). Assets
 * with a recorded change get their own schedule. Assets are read as a projection of the columns the schedule
 * needs, {@value #PAGE_SIZE} at a time by id, never as entities.
 */
final class DepreciationByGroup {

    static final int PAGE_SIZE = 5_000;
    private static final DepreciationCalculator CALCULATOR = new DepreciationCalculator();

    /** What makes two assets' schedules and months the same, and the group they are counted in. */
    private record Key(String group, AssetTerms terms, LocalDate disposedOn, BigDecimal proceeds) {
    }

    private final Database db;

    DepreciationByGroup(Database db) {
        this.db = db;
    }

    Map<YearMonth, Map<String, BigDecimal>> monthly(YearMonth from, YearMonth to, AssetFilter filter,
                                                   Function<Long, String> groupOfDevice, AssetQueries.ClassLife whatIf) {
        AssetFilter f = filter == null ? AssetFilter.all() : filter;
        Map<Key, Long> counts = new HashMap<>();
        Map<YearMonth, Map<String, BigDecimal>> months = new TreeMap<>();
        Map<Long, List<DepreciationEvent>> changed = db.read(session -> changes(session, f, from, to));
        long[] after = {Long.MIN_VALUE};
        boolean more = true;
        while (more) {
            List<Object[]> page = db.read(session -> page(session, f, from, to, after[0]));
            more = page.size() == PAGE_SIZE;
            for (Object[] row : page) {
                after[0] = (Long) row[0];
                AssetClass assetClass = (AssetClass) row[2];
                AssetTerms terms = new AssetTerms((BigDecimal) row[3], (BigDecimal) row[4], (Integer) row[5],
                        (DepreciationMethod) row[6], (LocalDate) row[8], (StartConvention) row[7]);
                boolean lifeChanged = whatIf != null && whatIf.assetClass() == assetClass;
                if (lifeChanged) {
                    terms = AssetSchedules.withLife(terms, whatIf.usefulLifeMonths());
                }
                Key key = new Key(groupOfDevice.apply((Long) row[1]), terms, (LocalDate) row[9], (BigDecimal) row[10]);
                List<DepreciationEvent> events = lifeChanged ? null : changed.get(row[0]);
                if (events == null) {
                    counts.merge(key, 1L, Long::sum);
                } else {
                    add(months, from, to, key, schedule(key, events), 1);
                }
            }
        }
        counts.forEach((key, count) -> add(months, from, to, key, schedule(key, List.of()), count));
        return months;
    }

    /** From the month in service to the disposal month, as {@link AssetQueries#monthly}. */
    private static void add(Map<YearMonth, Map<String, BigDecimal>> months, YearMonth from, YearMonth to, Key key,
                            DepreciationSchedule schedule, long count) {
        YearMonth inService = YearMonth.from(key.terms().inServiceDate());
        YearMonth disposal = key.disposedOn() == null ? null : YearMonth.from(key.disposedOn());
        BigDecimal times = BigDecimal.valueOf(count);
        for (YearMonth m = inService.isAfter(from) ? inService : from; !m.isAfter(to) && (disposal == null || !m.isAfter(disposal));
             m = m.plusMonths(1)) {
            BigDecimal amount = schedule.depreciationFor(m).multiply(times);
            months.computeIfAbsent(m, k -> new TreeMap<>()).merge(key.group(), amount, BigDecimal::add);
        }
    }

    private static DepreciationSchedule schedule(Key key, List<DepreciationEvent> changes) {
        List<DepreciationEvent> events = new ArrayList<>(changes);
        if (key.disposedOn() != null) {
            events.add(new Disposal(YearMonth.from(key.disposedOn()), key.proceeds()));
        }
        return CALCULATOR.schedule(key.terms(), events);
    }

    private static List<Object[]> page(Session session, AssetFilter f, YearMonth from, YearMonth to, long after) {
        Query<Object[]> query = session.createQuery("select a.id, a.deviceId, a.assetClass, a.cost, a.residualRate,"
                + " a.usefulLifeMonths, a.method, a.startConvention, a.inServiceDate, a.disposedOn, a.disposalProceeds"
                + " from FixedAsset a where a.id > :after" + conditions(f) + " order by a.id", Object[].class);
        query.setParameter("after", after);
        parameters(query, f, from, to);
        return query.setMaxResults(PAGE_SIZE).getResultList();
    }

    /** The recorded changes of estimate of the matching assets (few: most assets keep their terms), by asset. */
    private static Map<Long, List<DepreciationEvent>> changes(Session session, AssetFilter f, YearMonth from, YearMonth to) {
        Query<Object[]> query = session.createQuery("select c.asset.id, c from AssetChange c join c.asset a where 1 = 1"
                + conditions(f) + " order by c.effectiveMonth", Object[].class);
        parameters(query, f, from, to);
        Map<Long, List<DepreciationEvent>> out = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            out.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(((AssetChange) row[1]).toEvent());
        }
        return out;
    }

    private static String conditions(AssetFilter f) {
        StringBuilder hql = new StringBuilder(" and a.inServiceDate <= :by and (a.disposedOn is null or a.disposedOn >= :from)");
        if (f.siteId() != null) {
            hql.append(" and a.siteId = :site");
        }
        if (f.assetClass() != null) {
            hql.append(" and a.assetClass = :class");
        }
        if (f.costCentre() != null) {
            hql.append(" and a.costCentre = :centre");
        }
        return hql.toString();
    }

    private static void parameters(Query<?> query, AssetFilter f, YearMonth from, YearMonth to) {
        query.setParameter("by", to.atEndOfMonth());
        query.setParameter("from", from.atDay(1));
        if (f.siteId() != null) {
            query.setParameter("site", f.siteId());
        }
        if (f.assetClass() != null) {
            query.setParameter("class", f.assetClass());
        }
        if (f.costCentre() != null) {
            query.setParameter("centre", f.costCentre());
        }
    }
}
