package io.dcim.procurement.asset;

import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_1;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.site.NewSite;
import io.dcim.inventory.site.Site;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import io.dcim.procurement.depreciation.Period;
import io.dcim.procurement.depreciation.TermsChange;
import io.dcim.procurement.export.DetailRow;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

class AssetQueriesTest {

    /** Pages of two assets, so that a handful of assets crosses several page boundaries. */
    private static final int PAGE = 2;

    @BothDatabases
    void sumsBySiteClassCostCentreAndMonthTieToThePerAssetSchedules(Database db, ProcurementFixture f) {
        Fleet fleet = new Fleet(f);
        AssetQueries queries = new AssetQueries(db, PAGE);

        for (LocalDate date : List.of(LocalDate.of(2024, 2, 15), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2030, 1, 1))) {
            for (AssetGrouping grouping : AssetGrouping.values()) {
                Map<String, AssetBalance> actual = queries.balancesAt(date, grouping, AssetFilter.all()).stream()
                        .collect(Collectors.toMap(AssetBalance::group, Function.identity()));
                assertThat(actual).as("%s by %s", date, grouping).isEqualTo(fleet.expectedBalances(date, grouping));
            }
        }
        List<MonthlyTotal> monthly = queries.monthly(YearMonth.of(2023, 11), YearMonth.of(2025, 2), AssetGrouping.ASSET_CLASS,
                AssetFilter.all());
        for (YearMonth m = YearMonth.of(2023, 11); !m.isAfter(YearMonth.of(2025, 2)); m = m.plusMonths(1)) {
            YearMonth month = m;
            BigDecimal expected = fleet.schedules.values().stream().map(s -> s.depreciationFor(month))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal actual = monthly.stream().filter(t -> t.month().equals(month)).map(MonthlyTotal::depreciation)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(actual).as("depreciation of %s", month).isEqualByComparingTo(expected);
        }
        assertThat(monthly).filteredOn(t -> t.month().equals(YearMonth.of(2024, 12)) && t.group().equals("Servers"))
                .singleElement().satisfies(t -> assertThat(t.netBookValue()).isEqualByComparingTo(
                        fleet.expectedBalances(LocalDate.of(2024, 12, 31), AssetGrouping.ASSET_CLASS).get("Servers").netBookValue()));
    }

    @BothDatabases
    void theWorkbookRowsAreThePerAssetPeriodsOfTheRangeFilteredBySiteAndClass(Database db, ProcurementFixture f) {
        Fleet fleet = new Fleet(f);
        AssetQueries queries = new AssetQueries(db, PAGE);
        YearMonth from = YearMonth.of(2024, 3);
        YearMonth to = YearMonth.of(2024, 12);

        List<DetailRow> rows = queries.detailRows(from, to, AssetFilter.all()).toList();

        List<Period> expected = fleet.schedules.values().stream().flatMap(s -> s.periods().stream())
                .filter(p -> !p.month().isBefore(from) && !p.month().isAfter(to)).toList();
        assertThat(rows).hasSize(expected.size());
        assertThat(rows.stream().map(DetailRow::depreciation).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(expected.stream().map(Period::depreciation).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(rows).extracting(DetailRow::assetClass).contains("Servers", "Network", "Storage", "Power and cooling");

        List<DetailRow> siteBServers = queries.detailRows(from, to, AssetFilter.of(fleet.siteB.getId(), AssetClass.SERVER))
                .toList();
        assertThat(siteBServers).extracting(DetailRow::assetTag).containsOnly(fleet.siteBServer.getAssetTag());
        assertThat(siteBServers).extracting(DetailRow::site).containsOnly("Second IDC");
        assertThat(siteBServers).extracting(DetailRow::period).first().isEqualTo(YearMonth.of(2024, 6));
        assertThat(queries.detailRows(YearMonth.of(2040, 1), YearMonth.of(2040, 12), AssetFilter.all())).isEmpty();
    }

    @BothDatabases
    void depreciationByLotTiesToTheFenWithEveryAssetOnItsOwnScheduleWithAndWithoutAWhatIfLife(Database db,
            ProcurementFixture f) {
        Fleet fleet = new Fleet(f);
        // a lot of three identical servers besides the fleet: one schedule counted three times
        for (int i = 0; i < 3; i++) {
            f.asset(AssetClass.SERVER, "250000.55", LocalDate.of(2024, 2, 29), f.siteId(), "CC-AI");
        }
        AssetQueries queries = new AssetQueries(db, PAGE);
        YearMonth from = YearMonth.of(2023, 11);
        YearMonth to = YearMonth.of(2025, 2);
        Function<Long, String> group = device -> "ALL";

        for (AssetQueries.ClassLife life : java.util.Arrays.asList(null, new AssetQueries.ClassLife(AssetClass.SERVER, 24))) {
            for (AssetFilter filter : List.of(AssetFilter.all(), AssetFilter.site(f.siteId()), AssetFilter.site(fleet.siteB.getId()))) {
                assertThat(queries.monthlyByDevice(from, to, filter, group, life)).as("%s, %s", filter, life)
                        .isEqualTo(queries.monthlyByDeviceAssetByAsset(from, to, filter, group, life));
            }
        }
        // and by hand for one month: the fleet's schedules plus 3 × the lot's (250,000.55 − 5 %) / 60 = 3,958.34
        YearMonth month = YearMonth.of(2024, 12);
        BigDecimal fleetMonth = fleet.schedules.values().stream().map(sch -> sch.depreciationFor(month))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(queries.monthlyByDevice(month, month, AssetFilter.all(), group, null).get(month).get("ALL"))
                .isEqualByComparingTo(fleetMonth.add(new BigDecimal("11875.02")));
    }

    /** Seven assets over two sites, four classes, two cost centres, one change of life and one disposal. */
    private static final class Fleet {

        final Site siteB;
        final FixedAsset siteBServer;
        final Map<FixedAsset, DepreciationSchedule> schedules = new HashMap<>();
        private final Map<Long, String> siteNames = new HashMap<>();

        Fleet(ProcurementFixture f) {
            siteB = f.inventory.sites.createSite(new NewSite("Second IDC", "Other Provider", "Hohhot", "Asia/Shanghai",
                    new BigDecimal("0.30"), new BigDecimal("1.30"), null));
            siteNames.put(f.siteId(), "Test IDC");
            siteNames.put(siteB.getId(), "Second IDC");
            long a = f.siteId();
            long b = siteB.getId();
            FixedAsset changed = f.asset(AssetClass.SERVER, "100000.00", LocalDate.of(2024, 1, 10), a, "CC-AI");
            f.asset(AssetClass.SERVER, "250000.55", LocalDate.of(2024, 2, 29), a, "CC-AI");
            FixedAsset disposed = f.asset(AssetClass.NETWORK, "33333.33", LocalDate.of(2024, 2, 1), a, null);
            f.asset(AssetClass.STORAGE, "77777.77", LocalDate.of(2024, 3, 31), b, "CC-STO");
            siteBServer = f.asset(AssetClass.SERVER, "12345.67", LocalDate.of(2024, 5, 20), b, "CC-AI");
            f.asset(AssetClass.POWER_COOLING, "500000.00", LocalDate.of(2023, 12, 1), b, null);
            f.asset(AssetClass.SERVER, "9999.99", LocalDate.of(2024, 7, 1), null, null);
            f.clock.advance(Duration.ofDays(130)); // 2024-07-09
            f.assets.changeTerms(changed.getId(), changed.getVersion(), TermsChange.usefulLife(YearMonth.of(2024, 9), 36),
                    "refresh cycle", MANAGER_1);
            f.assets.dispose(disposed.getId(), disposed.getVersion(), LocalDate.of(2024, 6, 15), new BigDecimal("20000.00"),
                    MANAGER_1);
            f.db.read(s -> s.createQuery("from FixedAsset", FixedAsset.class).getResultList())
                    .forEach(asset -> schedules.put(asset, f.assets.schedule(asset.getId())));
        }

        /** The sums worked out one asset at a time from the asset service's schedules. */
        Map<String, AssetBalance> expectedBalances(LocalDate date, AssetGrouping grouping) {
            YearMonth closed = YearMonth.from(date).atEndOfMonth().equals(date) ? YearMonth.from(date)
                    : YearMonth.from(date).minusMonths(1);
            Map<String, AssetBalance> groups = new HashMap<>();
            schedules.forEach((asset, schedule) -> {
                boolean inService = !asset.getInServiceDate().isAfter(date);
                boolean gone = asset.getDisposedOn() != null && closed.isAfter(YearMonth.from(asset.getDisposedOn()));
                if (!inService || gone) {
                    return;
                }
                String group = switch (grouping) {
                    case SITE -> asset.getSiteId() == null ? "(no site)" : siteNames.get(asset.getSiteId());
                    case ASSET_CLASS -> asset.getAssetClass().label();
                    case COST_CENTRE -> asset.getCostCentre() == null ? "(none)" : asset.getCostCentre();
                    case NONE -> "All";
                };
                AssetBalance one = new AssetBalance(group, 1, asset.getCost(), schedule.accumulatedDepreciationAt(date),
                        schedule.netBookValueAt(date));
                groups.merge(group, one, (x, y) -> new AssetBalance(group, x.assets() + y.assets(), x.cost().add(y.cost()),
                        x.accumulatedDepreciation().add(y.accumulatedDepreciation()), x.netBookValue().add(y.netBookValue())));
            });
            return groups;
        }
    }
}
