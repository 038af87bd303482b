package io.dcim.procurement.asset;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.site.SiteDirectory;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import io.dcim.procurement.depreciation.Period;
import io.dcim.procurement.export.DetailRow;
import io.dcim.procurement.export.RegisterRow;
import io.dcim.procurement.request.Cny;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.hibernate.Session;
import org.hibernate.query.Query;

/**
 * Sums over the register and the rows of the depreciation workbook. Every figure comes from
 * the assets' own schedules (the same engine as {@link AssetService#schedule}), so totals tie
 * to the per-asset schedules to the fen. Assets are read {@value #PAGE_SIZE} at a time by id,
 * each page in its own short read, so that a fleet's 600,000 rows never sit in memory at once.
 */
public final class AssetQueries {

    static final int PAGE_SIZE = 500;
    static final String NO_COST_CENTRE = "(none)";
    static final String NO_SITE = "(no site)";
    static final String ALL = "All";

    private final Database db;
    private final int pageSize;

    public AssetQueries(Database db) {
        this(db, PAGE_SIZE);
    }

    /** With smaller pages, for tests that cross page boundaries with a handful of assets. */
    AssetQueries(Database db, int pageSize) {
        this.db = db;
        this.pageSize = pageSize;
    }

    /**
     * Cost, accumulated depreciation and net book value on {@code date}, by group. Balances are
     * those of the last month closed on that date (a month is booked on its last day, as in
     * {@link DepreciationSchedule#netBookValueAt(LocalDate)}); an asset counts from its
     * in-service date until the books have closed its disposal month.
     */
    public List<AssetBalance> balancesAt(LocalDate date, AssetGrouping grouping, AssetFilter filter) {
        if (date == null) {
            throw new InvalidValueException("date", Message.of("common.field.required"));
        }
        YearMonth closed = lastClosedMonth(date);
        Map<String, Sums> groups = new TreeMap<>();
        new Pages(filter, date, null).readAll((asset, schedule) -> {
            if (!asset.disposedBy(closed)) {
                groups.computeIfAbsent(asset.group(grouping), g -> new Sums())
                        .add(asset.cost(), schedule.accumulatedDepreciationAt(date), schedule.netBookValueAt(date));
            }
        });
        return groups.entrySet().stream().map(e -> new AssetBalance(e.getKey(), e.getValue().assets, e.getValue().first,
                e.getValue().second, e.getValue().third)).toList();
    }

    /**
     * Each month's depreciation from {@code from} to {@code to} by group, with the group's
     * accumulated depreciation and net book value at the month's end. An asset is in a month's
     * figures from the month it is placed in service to its disposal month.
     */
    public List<MonthlyTotal> monthly(YearMonth from, YearMonth to, AssetGrouping grouping, AssetFilter filter) {
        checkRange(from, to);
        Map<YearMonth, Map<String, Sums>> months = new TreeMap<>();
        new Pages(filter, to.atEndOfMonth(), from).readAll((asset, schedule) -> {
            YearMonth inService = YearMonth.from(asset.inServiceDate());
            for (YearMonth m = inService.isAfter(from) ? inService : from; !m.isAfter(to) && !asset.disposedBy(m);
                 m = m.plusMonths(1)) {
                months.computeIfAbsent(m, k -> new TreeMap<>()).computeIfAbsent(asset.group(grouping), g -> new Sums())
                        .add(schedule.depreciationFor(m), schedule.accumulatedDepreciationAt(m), schedule.netBookValueAt(m));
            }
        });
        List<MonthlyTotal> totals = new ArrayList<>();
        months.forEach((month, groups) -> groups.forEach((group, s) ->
                totals.add(new MonthlyTotal(month, group, s.first, s.second, s.third))));
        return totals;
    }

    /** A what-if: every asset of the class depreciated over this life instead of its own. */
    public record ClassLife(AssetClass assetClass, int usefulLifeMonths) {
    }

    /** A support contract of an asset on the books of a site: the device it covers, its days (both included) and price. */
    public record SupportTerm(Long deviceId, LocalDate start, LocalDate end, BigDecimal price) {
    }

    /**
     * Each month's depreciation from {@code from} to {@code to} by a group the caller names per device (the
     * assets' devices; null for an asset with none), with an optional what-if life for one asset class.
     * The same months as {@link #monthly}: from the month in service to the disposal month.
     */
    public Map<YearMonth, Map<String, BigDecimal>> monthlyByDevice(YearMonth from, YearMonth to, AssetFilter filter,
                                                                   java.util.function.Function<Long, String> groupOfDevice,
                                                                   ClassLife whatIf) {
        checkRange(from, to);
        return new DepreciationByGroup(db).monthly(from, to, filter, groupOfDevice, whatIf);
    }

    /**
     * {@link #monthlyByDevice} as it was first written, every asset read as an entity with its own schedule: the
     * same figures, kept for the economics benchmark's before-and-after and the test that they tie.
     */
    public Map<YearMonth, Map<String, BigDecimal>> monthlyByDeviceAssetByAsset(YearMonth from, YearMonth to, AssetFilter filter,
                                                                   java.util.function.Function<Long, String> groupOfDevice,
                                                                   ClassLife whatIf) {
        checkRange(from, to);
        Map<YearMonth, Map<String, BigDecimal>> months = new TreeMap<>();
        new Pages(filter, to.atEndOfMonth(), from, whatIf).readAll((asset, schedule) -> {
            String group = groupOfDevice.apply(asset.deviceId());
            YearMonth inService = YearMonth.from(asset.inServiceDate());
            for (YearMonth m = inService.isAfter(from) ? inService : from; !m.isAfter(to) && !asset.disposedBy(m);
                 m = m.plusMonths(1)) {
                months.computeIfAbsent(m, k -> new TreeMap<>()).merge(group, schedule.depreciationFor(m), BigDecimal::add);
            }
        });
        return months;
    }

    /** The support contracts of the site's assets (disposed of or not: a contract is paid for its term). */
    public List<SupportTerm> supportTerms(long siteId) {
        return db.read(session -> session.createQuery("select a.deviceId, a.supportStart, a.supportEnd, a.supportPrice"
                        + " from FixedAsset a where a.siteId = :site and a.supportStart is not null order by a.id", Object[].class)
                .setParameter("site", siteId).getResultList().stream()
                .map(row -> new SupportTerm((Long) row[0], (LocalDate) row[1], (LocalDate) row[2], (BigDecimal) row[3]))
                .toList());
    }

    /**
     * The workbook rows, one per asset per month depreciated from {@code from} to {@code to},
     * in asset id order. Pages are read as the stream is consumed.
     */
    public Stream<DetailRow> detailRows(YearMonth from, YearMonth to, AssetFilter filter) {
        checkRange(from, to);
        Pages pages = new Pages(filter, to.atEndOfMonth(), from);
        return streamOf(pages, (asset, schedule, rows) -> rows(asset, schedule, from, to, rows));
    }

    /**
     * The fixed-asset register on {@code date}: one row per asset the books carry that day (the
     * same assets, and so the same totals, as {@link #balancesAt} with no grouping), in asset id
     * order, read a page at a time as the stream is consumed.
     */
    public Stream<RegisterRow> registerRows(LocalDate date, AssetFilter filter) {
        if (date == null) {
            throw new InvalidValueException("date", Message.of("common.field.required"));
        }
        YearMonth closed = lastClosedMonth(date);
        Pages pages = new Pages(filter, date, null);
        return streamOf(pages, (asset, schedule, rows) -> {
            if (!asset.disposedBy(closed)) {
                rows.add(new RegisterRow(asset.tag(), asset.description(), asset.assetClass().label(), asset.siteName(),
                        asset.costCentre(), asset.inServiceDate(), asset.cost(), schedule.terms().method(),
                        schedule.terms().usefulLifeMonths(), schedule.residualValue(),
                        schedule.accumulatedDepreciationAt(date), schedule.netBookValueAt(date), asset.warrantyEnd(),
                        asset.supportEnd()));
            }
        });
    }

    private interface RowMaker<R> {
        void add(AssetRow asset, DepreciationSchedule schedule, List<R> rows);
    }

    private static <R> Stream<R> streamOf(Pages pages, RowMaker<R> maker) {
        Iterator<List<R>> batches = new Iterator<>() {
            private List<R> next = new ArrayList<>();

            @Override
            public boolean hasNext() {
                while (next.isEmpty() && pages.read((asset, schedule) -> maker.add(asset, schedule, next))) {
                    // read on past pages whose assets have no row
                }
                return !next.isEmpty();
            }

            @Override
            public List<R> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<R> batch = next;
                next = new ArrayList<>();
                return batch;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED | Spliterator.NONNULL),
                false).flatMap(List::stream);
    }

    private static void rows(AssetRow asset, DepreciationSchedule schedule, YearMonth from, YearMonth to,
                             List<DetailRow> rows) {
        for (Period period : schedule.periods()) {
            if (!period.month().isBefore(from) && !period.month().isAfter(to)) {
                rows.add(new DetailRow(asset.tag(), asset.description(), asset.assetClass().label(), asset.siteName(),
                        asset.inServiceDate(), asset.cost(), schedule.terms().method(), schedule.terms().usefulLifeMonths(),
                        period.month(), period.depreciation(), period.accumulated(), period.netBookValue()));
            }
        }
    }

    private static YearMonth lastClosedMonth(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return date.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }

    private static void checkRange(YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new InvalidValueException(from == null ? "from" : "to", Message.of("common.field.required"));
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", Message.of("procurement.depreciation.rangeEndsBeforeStart", to,
                    from));
        }
    }

    /** What the sums and rows need of an asset. */
    private record AssetRow(Long deviceId, String tag, String description, AssetClass assetClass, BigDecimal cost, LocalDate inServiceDate,
                            String siteName, String costCentre, LocalDate disposedOn, LocalDate warrantyEnd,
                            LocalDate supportEnd) {

        /** Whether the books have closed the asset's disposal month by the end of {@code month}. */
        boolean disposedBy(YearMonth month) {
            return disposedOn != null && month.isAfter(YearMonth.from(disposedOn));
        }

        String group(AssetGrouping grouping) {
            return switch (grouping) {
                case SITE -> siteName == null ? NO_SITE : siteName;
                case ASSET_CLASS -> assetClass.label();
                case COST_CENTRE -> costCentre == null ? NO_COST_CENTRE : costCentre;
                case NONE -> ALL;
            };
        }
    }

    private interface AssetSink {
        void accept(AssetRow asset, DepreciationSchedule schedule);
    }

    /**
     * The matching assets in id order, a page per {@link #read} (keyset paging: no offset to
     * skip through), each with its schedule.
     */
    private final class Pages {

        private final AssetFilter filter;
        private final LocalDate inServiceBy;
        private final LocalDate notDisposedBefore;
        private final Map<Long, String> siteNames;
        private final ClassLife whatIf;
        private long after = Long.MIN_VALUE;
        private boolean exhausted;

        Pages(AssetFilter filter, LocalDate inServiceBy, YearMonth notDisposedBefore) {
            this(filter, inServiceBy, notDisposedBefore, null);
        }

        Pages(AssetFilter filter, LocalDate inServiceBy, YearMonth notDisposedBefore, ClassLife whatIf) {
            this.whatIf = whatIf;
            this.filter = filter == null ? AssetFilter.all() : filter;
            this.inServiceBy = inServiceBy;
            this.notDisposedBefore = notDisposedBefore == null ? null : notDisposedBefore.atDay(1);
            this.siteNames = db.read(SiteDirectory::names);
        }

        void readAll(AssetSink sink) {
            while (read(sink)) {
                // each call reads one page
            }
        }

        /** Hands the next page's assets to {@code sink}; false once there was nothing left to read. */
        boolean read(AssetSink sink) {
            if (exhausted) {
                return false;
            }
            db.read(session -> {
                readPage(session, sink);
                return null;
            });
            return true;
        }

        private void readPage(Session session, AssetSink sink) {
            List<FixedAsset> assets = query(session).setMaxResults(pageSize).getResultList();
            exhausted = assets.size() < pageSize;
            if (assets.isEmpty()) {
                return;
            }
            after = assets.get(assets.size() - 1).getId();
            Map<Long, List<AssetChange>> changes = new HashMap<>();
            session.createQuery("from AssetChange c where c.asset.id in (:ids) order by c.effectiveMonth", AssetChange.class)
                    .setParameter("ids", assets.stream().map(FixedAsset::getId).toList())
                    .getResultList()
                    .forEach(c -> changes.computeIfAbsent(c.getAsset().getId(), k -> new ArrayList<>()).add(c));
            for (FixedAsset a : assets) {
                DepreciationSchedule schedule = whatIf != null && whatIf.assetClass() == a.getAssetClass()
                        ? AssetSchedules.withLife(a, whatIf.usefulLifeMonths())
                        : AssetSchedules.of(a, changes.getOrDefault(a.getId(), List.of()));
                sink.accept(new AssetRow(a.getDeviceId(), a.getAssetTag(), a.getDescription(), a.getAssetClass(), a.getCost(),
                        a.getInServiceDate(), siteNames.get(a.getSiteId()), a.getCostCentre(), a.getDisposedOn(),
                        a.getWarrantyEnd(), a.getSupportEnd()), schedule);
            }
            session.clear();
        }

        private Query<FixedAsset> query(Session session) {
            StringBuilder hql = new StringBuilder("from FixedAsset a where a.id > :after and a.inServiceDate <= :by");
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("after", after);
            parameters.put("by", inServiceBy);
            condition(hql, parameters, "(a.disposedOn is null or a.disposedOn >= :from)", "from", notDisposedBefore);
            condition(hql, parameters, "a.siteId = :site", "site", filter.siteId());
            condition(hql, parameters, "a.assetClass = :class", "class", filter.assetClass());
            condition(hql, parameters, "a.costCentre = :centre", "centre", filter.costCentre());
            Query<FixedAsset> query = session.createQuery(hql.append(" order by a.id").toString(), FixedAsset.class);
            parameters.forEach(query::setParameter);
            return query;
        }

        private static void condition(StringBuilder hql, Map<String, Object> parameters, String condition, String name,
                                      Object value) {
            if (value != null) {
                hql.append(" and ").append(condition);
                parameters.put(name, value);
            }
        }
    }

    /** Running sums of one group: three amounts (cost or depreciation, accumulated, net book value). */
    private static final class Sums {
        long assets;
        BigDecimal first = Cny.ZERO;
        BigDecimal second = Cny.ZERO;
        BigDecimal third = Cny.ZERO;

        void add(BigDecimal a, BigDecimal b, BigDecimal c) {
            assets++;
            first = first.add(a);
            second = second.add(b);
            third = third.add(c);
        }
    }
}
