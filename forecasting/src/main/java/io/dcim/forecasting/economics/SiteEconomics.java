package io.dcim.forecasting.economics;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDirectory;
import io.dcim.inventory.site.SiteDirectory.SiteFacts;
import io.dcim.inventory.tenant.Tenant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A site's unit economics: revenue (usage × prices, {@link RevenueCalculator}), each cost line
 * ({@link CostLines}), gross margin, utilization and break-even, by month, GPU class or tenant, and the same
 * with a {@link WhatIf} applied in memory. Costs that belong to no class (lease, electricity, assets without
 * cards) are shared among the classes in proportion to their card-hours available that month; among tenants,
 * a month's costs are shared in proportion to card-hours used, the unused hours' share shown as {@code IDLE}.
 */
public final class SiteEconomics {

    static final int MAX_MONTHS = 120;
    static final String IDLE = "IDLE";
    static final String TOTAL = "TOTAL";

    private final Database db;
    private final PriceBook priceBook;
    private final UsageSource usage;
    private final EnergySource energy;
    private final CostLines costLines;

    public SiteEconomics(Database db, PriceBook priceBook, UsageSource usage, EnergySource energy,
                         io.dcim.procurement.asset.AssetQueries assets,
                         io.dcim.procurement.contract.ContractService contracts) {
        this.db = db;
        this.priceBook = priceBook;
        this.usage = usage;
        this.energy = energy;
        this.costLines = new CostLines(db, assets, contracts);
    }

    public EconomicsReport report(long siteId, YearMonth from, YearMonth to, EconomicsGrouping groupBy, WhatIf whatIf) {
        checkRange(from, to);
        EconomicsGrouping grouping = groupBy == null ? EconomicsGrouping.MONTH : groupBy;
        WhatIf what = whatIf == null ? WhatIf.NONE : whatIf;
        SiteFacts site = db.read(s -> SiteDirectory.find(s, siteId))
                .orElseThrow(() -> new NotFoundException(Message.noun(Site.class, "site"), siteId));
        Prices prices = priceBook.forSite(siteId);
        if (what.price() != null) {
            prices = prices.with(what.price());
        }
        Map<YearMonth, Map<GpuClass, ClassUse>> use = classUse(siteId, from, to);
        List<UsageRow> rows = tenantRows(siteId, prices.packagesStartFor(from), to, prices);
        if (what.utilization() != null) {
            rows = atUtilization(what.utilization(), from, use, rows, siteId);
        }
        List<RevenueLine> revenue = new RevenueCalculator(prices).lines(rows).stream()
                .filter(l -> !l.month().isBefore(from)).toList();
        Map<YearMonth, Map<String, CostAmounts>> costs = costLines.of(siteId, from, to, site.designPue(), prices,
                energy.siteMonths(siteId, from, to), what);
        Figures figures = new Figures(use, revenue, costs);
        List<EconomicsRow> out = switch (grouping) {
            case MONTH -> figures.byMonth();
            case GPU_CLASS -> figures.byClass();
            case TENANT -> figures.byTenant(this::tenantName);
        };
        return new EconomicsReport(siteId, site.name(), from, to, grouping, what, out, figures.total(), figures.breakEven(prices, to));
    }

    private Map<YearMonth, Map<GpuClass, ClassUse>> classUse(long siteId, YearMonth from, YearMonth to) {
        Map<YearMonth, Map<GpuClass, ClassUse>> use = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            use.put(m, new TreeMap<>());
        }
        for (UsageSource.Total t : usage.totals(siteId, from.atDay(1), to.plusMonths(1).atDay(1),
                UsageSource.Grouping.MONTH_GPU_CLASS)) {
            String[] key = UsageSource.parts(t.key());
            Map<GpuClass, ClassUse> month = use.get(YearMonth.parse(key[0]));
            if (month != null) {
                month.merge(gpuClass(key[1]), new ClassUse(t.cardHoursUsed(), t.coreHoursUsed(), t.cardHoursAvailable()),
                        ClassUse::plus);
            }
        }
        return use;
    }

    /**
     * Each tenant's usage by month and class, a month split where a price, contract or package changes within it
     * (usage is daily, so each part is read on its own and priced at its own prices).
     */
    List<UsageRow> tenantRows(long siteId, YearMonth from, YearMonth to, Prices prices) {
        LocalDate end = to.plusMonths(1).atDay(1);
        List<LocalDate> cuts = new ArrayList<>();
        cuts.add(from.atDay(1));
        cuts.addAll(prices.changesWithin(from.atDay(1), end));
        cuts.add(end);
        List<UsageRow> rows = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            LocalDate partFrom = cuts.get(i);
            LocalDate partTo = cuts.get(i + 1).minusDays(1);
            for (UsageSource.Total t : usage.totals(siteId, partFrom, cuts.get(i + 1),
                    UsageSource.Grouping.MONTH_TENANT_GPU_CLASS)) {
                String[] key = UsageSource.parts(t.key());
                YearMonth month = YearMonth.parse(key[0]);
                LocalDate first = month.atDay(1).isAfter(partFrom) ? month.atDay(1) : partFrom;
                LocalDate last = month.atEndOfMonth().isBefore(partTo) ? month.atEndOfMonth() : partTo;
                rows.add(new UsageRow(siteId, month, first, last, Long.parseLong(key[1]), gpuClass(key[2]),
                        t.cardHoursUsed(), t.coreHoursUsed()));
            }
        }
        return rows;
    }

    /**
     * The usage as it would be at the target: in each reported month and class with cards available, every
     * tenant's hours scaled by target × available / used; a class with nothing used gets the target's hours
     * under no tenant (id 0), billed at the list price.
     */
    private static List<UsageRow> atUtilization(BigDecimal target, YearMonth from, Map<YearMonth, Map<GpuClass, ClassUse>> use,
                                                List<UsageRow> rows, long siteId) {
        List<UsageRow> scaled = new ArrayList<>();
        for (UsageRow row : rows) {
            ClassUse u = row.month().isBefore(from) ? null : use.get(row.month()).get(row.gpuClass());
            if (u == null || u.used().signum() == 0) {
                scaled.add(row);
            } else {
                scaled.add(row.scaled(target.multiply(u.available()).divide(u.used(), 12, RoundingMode.HALF_UP)));
            }
        }
        use.forEach((month, classes) -> classes.replaceAll((c, u) -> {
            BigDecimal hours = target.multiply(u.available());
            if (u.used().signum() == 0 && u.available().signum() > 0) {
                scaled.add(new UsageRow(siteId, month, 0, c, hours, BigDecimal.ZERO));
            }
            BigDecimal core = u.used().signum() == 0 ? u.core()
                    : u.core().multiply(hours).divide(u.used(), 12, RoundingMode.HALF_UP);
            return new ClassUse(hours, core, u.available());
        }));
        return scaled;
    }

    private String tenantName(long tenantId) {
        if (tenantId == 0) {
            return "-";
        }
        return db.read(s -> {
            Tenant t = s.find(Tenant.class, tenantId);
            return t == null ? String.valueOf(tenantId) : t.getName();
        });
    }

    static GpuClass gpuClass(String name) {
        try {
            return GpuClass.valueOf(name);
        } catch (IllegalArgumentException e) {
            return GpuClass.OTHER;
        }
    }

    static void checkRange(YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new InvalidValueException(from == null ? "from" : "to", Message.of("common.field.required"));
        }
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw new InvalidValueException("to", Message.of("forecasting.economics.monthRange", MAX_MONTHS));
        }
    }

    /** The report's figures, grouped three ways. */
    private static final class Figures {

        private final Map<YearMonth, Map<GpuClass, ClassUse>> use;
        private final List<RevenueLine> revenue;
        /** Month → class → costs, shared costs already spread over the classes with cards available that month. */
        private final Map<YearMonth, Map<String, CostAmounts>> costs;

        Figures(Map<YearMonth, Map<GpuClass, ClassUse>> use, List<RevenueLine> revenue,
                Map<YearMonth, Map<String, CostAmounts>> costs) {
            this.use = use;
            this.revenue = revenue;
            this.costs = new TreeMap<>();
            costs.forEach((month, groups) -> this.costs.put(month, spreadShared(groups, use.get(month))));
        }

        private static Map<String, CostAmounts> spreadShared(Map<String, CostAmounts> groups, Map<GpuClass, ClassUse> use) {
            Map<String, CostAmounts> spread = new TreeMap<>(groups);
            CostAmounts shared = spread.get(CostLines.SHARED);
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            use.forEach((c, u) -> {
                if (u.available().signum() > 0) {
                    weights.put(c.name(), u.available());
                }
            });
            if (shared != null && !weights.isEmpty()) {
                spread.remove(CostLines.SHARED);
                Split.costs(shared, weights).forEach((c, share) -> spread.merge(c, share, CostAmounts::plus));
            }
            return spread;
        }

        List<EconomicsRow> byMonth() {
            List<EconomicsRow> rows = new ArrayList<>();
            for (YearMonth m : costs.keySet()) {
                ClassUse u = use.get(m).values().stream().reduce(ClassUse.NONE, ClassUse::plus);
                BigDecimal earned = revenue.stream().filter(l -> l.month().equals(m)).map(RevenueLine::amount)
                        .reduce(Fen.ZERO, BigDecimal::add);
                CostAmounts c = costs.get(m).values().stream().reduce(CostAmounts.ZERO, CostAmounts::plus);
                rows.add(EconomicsRow.of(m.toString(), m.toString(), earned, c, u.used(), u.core(), u.available()));
            }
            return rows;
        }

        List<EconomicsRow> byClass() {
            Map<String, BigDecimal> earned = new TreeMap<>();
            revenue.forEach(l -> earned.merge(l.gpuClass().name(), l.amount(), BigDecimal::add));
            Map<String, CostAmounts> cost = new TreeMap<>();
            costs.values().forEach(groups -> groups.forEach((g, c) -> cost.merge(g, c, CostAmounts::plus)));
            Map<String, ClassUse> used = new TreeMap<>();
            use.values().forEach(classes -> classes.forEach((c, u) -> used.merge(c.name(), u, ClassUse::plus)));
            java.util.Set<String> keys = new java.util.TreeSet<>();
            keys.addAll(earned.keySet());
            keys.addAll(cost.keySet());
            keys.addAll(used.keySet());
            List<EconomicsRow> rows = new ArrayList<>();
            for (String k : keys) {
                ClassUse u = used.getOrDefault(k, ClassUse.NONE);
                rows.add(EconomicsRow.of(k, k, earned.getOrDefault(k, Fen.ZERO), cost.getOrDefault(k, CostAmounts.ZERO),
                        u.used(), u.core(), u.available()));
            }
            return rows;
        }

        List<EconomicsRow> byTenant(java.util.function.LongFunction<String> names) {
            Map<Long, BigDecimal> earned = new TreeMap<>();
            Map<Long, ClassUse> used = new TreeMap<>();
            revenue.forEach(l -> {
                earned.merge(l.tenantId(), l.amount(), BigDecimal::add);
                used.merge(l.tenantId(), new ClassUse(l.cardHours(), l.coreHours(), BigDecimal.ZERO), ClassUse::plus);
            });
            Map<String, CostAmounts> cost = new TreeMap<>();
            for (YearMonth m : costs.keySet()) {
                CostAmounts month = costs.get(m).values().stream().reduce(CostAmounts.ZERO, CostAmounts::plus);
                Map<String, BigDecimal> weights = new LinkedHashMap<>();
                BigDecimal available = use.get(m).values().stream().map(ClassUse::available).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal usedHours = BigDecimal.ZERO;
                for (RevenueLine l : revenue) {
                    if (l.month().equals(m) && l.cardHours().signum() > 0) {
                        weights.merge(String.valueOf(l.tenantId()), l.cardHours(), BigDecimal::add);
                        usedHours = usedHours.add(l.cardHours());
                    }
                }
                if (available.compareTo(usedHours) > 0) {
                    weights.put(IDLE, available.subtract(usedHours));
                }
                if (weights.isEmpty()) {
                    weights.put(IDLE, BigDecimal.ONE);
                }
                Split.costs(month, weights).forEach((k, c) -> cost.merge(k, c, CostAmounts::plus));
            }
            List<EconomicsRow> rows = new ArrayList<>();
            for (Map.Entry<Long, BigDecimal> e : earned.entrySet()) {
                String key = String.valueOf(e.getKey());
                ClassUse u = used.get(e.getKey());
                rows.add(EconomicsRow.of(key, names.apply(e.getKey()), e.getValue(), cost.getOrDefault(key, CostAmounts.ZERO),
                        u.used(), u.core(), BigDecimal.ZERO));
            }
            CostAmounts idle = cost.get(IDLE);
            if (idle != null) {
                rows.add(EconomicsRow.of(IDLE, IDLE, Fen.ZERO, idle, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            }
            return rows;
        }

        EconomicsRow total() {
            ClassUse u = use.values().stream().flatMap(c -> c.values().stream()).reduce(ClassUse.NONE, ClassUse::plus);
            BigDecimal earned = revenue.stream().map(RevenueLine::amount).reduce(Fen.ZERO, BigDecimal::add);
            CostAmounts c = costs.values().stream().flatMap(g -> g.values().stream()).reduce(CostAmounts.ZERO, CostAmounts::plus);
            return EconomicsRow.of(TOTAL, TOTAL, earned, c, u.used(), u.core(), u.available());
        }

        List<BreakEven> breakEven(Prices prices, YearMonth last) {
            List<BreakEven> out = new ArrayList<>();
            for (EconomicsRow row : byClass()) {
                if (row.key().equals(CostLines.SHARED)) {
                    continue;
                }
                GpuClass c = gpuClass(row.key());
                BigDecimal perHour = row.cardHoursUsed().signum() > 0
                        ? row.revenue().divide(row.cardHoursUsed(), 4, RoundingMode.HALF_UP)
                        : prices.cardHourPrice(c, last);
                BigDecimal capacity = row.cardHoursAvailable().multiply(perHour);
                out.add(new BreakEven(c, row.totalCost(), row.cardHoursAvailable(), perHour, row.utilization(),
                        capacity.signum() == 0 ? null : row.totalCost().divide(capacity, 4, RoundingMode.HALF_UP)));
            }
            return out;
        }
    }
}
