package io.dcim.forecasting.economics;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.cabinet.CabinetDirectory.LeaseTerms;
import io.dcim.inventory.device.DeviceDirectory;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.asset.AssetQueries;
import io.dcim.procurement.asset.AssetQueries.SupportTerm;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.contract.ContractService.SiteContract;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A site's costs per month, each line by GPU class where it belongs to one and {@link #SHARED} where it does not:
 * <ul>
 *   <li>depreciation: procurement's schedules of the assets on the site's books, by the GPU class of each
 *       asset's device (its cards' model); assets without cards (switches, storage, power) are shared;</li>
 *   <li>IDC lease: each cabinet's monthly fee × the days of the month it is leased (start and end included)
 *       / the days of the month, per cabinet; shared;</li>
 *   <li>electricity: the month's facility energy where metered, else IT energy × the site's design PUE,
 *       × the tariff in force on the month's first day; shared;</li>
 *   <li>outsourced compute: each contract signed for the site, monthly cost × days covered [start, end) / days
 *       of the month, by the class of its GPU model;</li>
 *   <li>support: each asset's support price × the days of the month it covers / the days of its term, by the
 *       class of the asset's device.</li>
 * </ul>
 * Every amount is rounded to the fen per item and month, so each line can be redone by hand.
 */
final class CostLines {

    static final String SHARED = "SHARED";
    /**
     * The first way of adding up depreciation and leases, one asset and one cabinet at a time ({@code
     * -Ddcim.economics.oneByOne=true}): the figures are the same to the fen; only the economics benchmark sets it, to
     * show the before beside the after in one run.
     */
    static boolean oneByOne() {
        return Boolean.getBoolean("dcim.economics.oneByOne");
    }

    private final Database db;
    private final AssetQueries assets;
    private final ContractService contracts;

    CostLines(Database db, AssetQueries assets, ContractService contracts) {
        this.db = db;
        this.assets = assets;
        this.contracts = contracts;
    }

    /** Month → class name (or SHARED) → costs. */
    Map<YearMonth, Map<String, CostAmounts>> of(long siteId, YearMonth from, YearMonth to, BigDecimal pue,
                                                 Prices prices, List<EnergySource.MonthlyEnergy> energy, WhatIf whatIf) {
        Map<YearMonth, Map<String, CostAmounts>> months = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, new TreeMap<>());
        }
        Map<Long, String> classOfDevice = db.read(s -> DeviceDirectory.gpuModelNamesInSite(s, siteId));
        depreciation(siteId, from, to, classOfDevice, whatIf, months);
        lease(siteId, months);
        electricity(pue, prices, energy, months);
        outsourced(siteId, from, to, months);
        support(siteId, classOfDevice, months);
        return months;
    }

    private void depreciation(long siteId, YearMonth from, YearMonth to, Map<Long, String> modelOfDevice, WhatIf whatIf,
                              Map<YearMonth, Map<String, CostAmounts>> months) {
        AssetQueries.ClassLife life = whatIf.life() == null ? null
                : new AssetQueries.ClassLife(whatIf.life().assetClass(), whatIf.life().usefulLifeMonths());
        java.util.function.Function<Long, String> classOfDevice = device -> classOf(modelOfDevice, device);
        (oneByOne() ? assets.monthlyByDeviceAssetByAsset(from, to, AssetFilter.site(siteId), classOfDevice, life)
                : assets.monthlyByDevice(from, to, AssetFilter.site(siteId), classOfDevice, life))
                .forEach((month, groups) -> groups.forEach((group, amount) ->
                        add(months, month, group, c -> c.withDepreciation(amount))));
    }

    /**
     * Cabinets are leased in rows and halls on the same terms: each distinct fee and term is prorated once a month
     * and counted (the same fen as prorating each cabinet, since each is rounded alone).
     */
    private void lease(long siteId, Map<YearMonth, Map<String, CostAmounts>> months) {
        List<LeaseTerms> leases = db.read(s -> CabinetDirectory.leasesInSite(s, siteId));
        Map<List<Object>, Long> terms = new java.util.HashMap<>();
        for (LeaseTerms lease : leases) {
            terms.merge(java.util.Arrays.asList(lease.monthlyFee(), lease.start(), lease.end()), 1L, Long::sum);
        }
        for (YearMonth m : months.keySet()) {
            BigDecimal total = Fen.ZERO;
            for (Map.Entry<List<Object>, Long> t : oneByOne() ? eachOnItsOwn(leases) : terms.entrySet()) {
                LocalDate start = (LocalDate) t.getKey().get(1);
                LocalDate end = (LocalDate) t.getKey().get(2);
                long days = overlapDays(m, start, end == null ? null : end.plusDays(1));
                if (days > 0) {
                    BigDecimal each = prorated((BigDecimal) t.getKey().get(0), days, m.lengthOfMonth());
                    total = total.add(each.multiply(BigDecimal.valueOf(t.getValue())));
                }
            }
            BigDecimal amount = total;
            add(months, m, SHARED, c -> c.withLease(amount));
        }
    }

    private static void electricity(BigDecimal pue, Prices prices, List<EnergySource.MonthlyEnergy> energy,
                                    Map<YearMonth, Map<String, CostAmounts>> months) {
        for (EnergySource.MonthlyEnergy e : energy) {
            if (!months.containsKey(e.month())) {
                continue;
            }
            BigDecimal amount = Fen.of(facilityKwh(e, pue).multiply(prices.tariff(e.month()).orElse(BigDecimal.ZERO)));
            add(months, e.month(), SHARED, c -> c.withElectricity(amount));
        }
    }

    /** kWh the site paid for: metered facility energy, else IT energy × PUE. */
    static BigDecimal facilityKwh(EnergySource.MonthlyEnergy e, BigDecimal pue) {
        BigDecimal wh = e.facilityWh() > 0 ? BigDecimal.valueOf(e.facilityWh())
                : BigDecimal.valueOf(e.itWh()).multiply(pue == null ? BigDecimal.ONE : pue);
        return wh.movePointLeft(3);
    }

    private void outsourced(long siteId, YearMonth from, YearMonth to, Map<YearMonth, Map<String, CostAmounts>> months) {
        for (SiteContract c : contracts.forSite(siteId, from.atDay(1), to.atEndOfMonth())) {
            String group = GpuClass.of(c.gpuModelName()).name();
            for (YearMonth m : months.keySet()) {
                long days = overlapDays(m, c.start(), c.end());
                if (days > 0) {
                    BigDecimal amount = prorated(c.monthlyCost(), days, m.lengthOfMonth());
                    add(months, m, group, x -> x.withOutsourced(amount));
                }
            }
        }
    }

    private void support(long siteId, Map<Long, String> modelOfDevice, Map<YearMonth, Map<String, CostAmounts>> months) {
        for (SupportTerm term : assets.supportTerms(siteId)) {
            long termDays = ChronoUnit.DAYS.between(term.start(), term.end()) + 1;
            String group = classOf(modelOfDevice, term.deviceId());
            for (YearMonth m : months.keySet()) {
                long days = overlapDays(m, term.start(), term.end().plusDays(1));
                if (days > 0) {
                    BigDecimal amount = term.price().multiply(BigDecimal.valueOf(days))
                            .divide(BigDecimal.valueOf(termDays), 2, RoundingMode.HALF_UP);
                    add(months, m, group, x -> x.withSupport(amount));
                }
            }
        }
    }

    /** Each lease on its own, as first written: for the benchmark's before-and-after ({@link #oneByOne()}). */
    private static List<Map.Entry<List<Object>, Long>> eachOnItsOwn(List<LeaseTerms> leases) {
        return leases.stream().map(l -> Map.entry(java.util.Arrays.<Object>asList(l.monthlyFee(), l.start(), l.end()), 1L))
                .toList();
    }

    private static String classOf(Map<Long, String> modelOfDevice, Long deviceId) {
        String model = deviceId == null ? null : modelOfDevice.get(deviceId);
        return model == null ? SHARED : GpuClass.of(model).name();
    }

    /** Days of month {@code m} within [start, endExclusive); a null start or end is open. */
    static long overlapDays(YearMonth m, LocalDate start, LocalDate endExclusive) {
        LocalDate first = m.atDay(1);
        LocalDate after = m.plusMonths(1).atDay(1);
        LocalDate from = start == null || start.isBefore(first) ? first : start;
        LocalDate to = endExclusive == null || endExclusive.isAfter(after) ? after : endExclusive;
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }

    /** A monthly amount for {@code days} of a month of {@code length} days, to the fen; the whole month is the amount. */
    static BigDecimal prorated(BigDecimal monthly, long days, int length) {
        return monthly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(length), 2, RoundingMode.HALF_UP);
    }

    private static void add(Map<YearMonth, Map<String, CostAmounts>> months, YearMonth m, String group,
                            java.util.function.UnaryOperator<CostAmounts> change) {
        Map<String, CostAmounts> groups = months.get(m);
        if (groups != null) {
            groups.merge(group, change.apply(CostAmounts.ZERO), CostAmounts::plus);
        }
    }
}
