package io.dcim.forecasting.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.demand.DemandForecast;
import io.dcim.forecasting.demand.DemandInput;
import io.dcim.forecasting.demand.DemandService;
import io.dcim.forecasting.demand.DemandStage;
import io.dcim.forecasting.demand.DemandView;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.history.UtilizationHistory;
import io.dcim.forecasting.testing.Purchases;
import io.dcim.forecasting.testing.SiteBuilder;
import io.dcim.inventory.device.Device;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetService;
import io.dcim.procurement.asset.NewAsset;
import io.dcim.procurement.asset.VatPolicy;
import io.dcim.procurement.supplier.Supplier;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapacityPlannerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));

    /** 16 GPUs, 3 empty cabinets, 40 GPUs contracted from March 2027: the case computed by hand (scenarios too). */
    static SiteBuilder handComputedSite(Database db) {
        SiteBuilder site = new SiteBuilder(new InventoryFixture(db));
        site.h100Server("A01", 0);
        site.h100Server("A02", 0);
        site.inventory.cabinet("F1");
        site.inventory.cabinet("F2");
        site.inventory.cabinet("F3");
        new DemandService(db).create(DemandInput.gpus(site.tenant.getId(), site.siteId(), 40, LocalDate.of(2027, 3, 1), 12,
                DemandStage.CONTRACTED));
        return site;
    }

    private CapacityPlanner planner(Database db) {
        UtilizationHistory history = new UtilizationHistory(db, clock, Optional.empty());
        return new CapacityPlanner(db, clock, new DemandForecast(history, new DemandService(db), new Forecaster(), clock));
    }

    /**
     * 16 H100 GPUs, 3 empty 20 kW cabinets, 40 GPUs contracted from March 2027. At 10% headroom 16 GPUs carry 14.4,
     * so March is exhausted; covering 40 needs 40 / 0.9 − 16 = 28.4 → 29 GPUs → 4 servers (32 GPUs), one per 20 kW
     * cabinet: 3 free and 1 to lease; ordered 60 days ahead, by 2026-12-31. Costs: capex 4 × 2,300,000; depreciation
     * 4 × (2,300,000 × 0.95 / 60 = 36,416.67); lease 9,800; electricity 34.8 kW × 1.25 × 730 h × 0.262 = 8,319.81;
     * revenue 32 × 28 × 0.7 × 730 = 457,856; break-even ⌈9,200,000 / (457,856 − 9,800 − 8,319.81)⌉ = ⌈20.92⌉ = 21.
     */
    @BothDatabases
    void aContractedShortfallGivesTheExhaustionDateOrderDateCabinetsAndCostsComputedByHand(Database db) {
        SiteBuilder site = handComputedSite(db);

        CapacityPlan plan = planner(db).plan(site.siteId(), Resource.GPU,
                PlanAssumptions.defaults().withServer(null, null, 60));

        assertThat(plan.months()).hasSize(24);
        CapacityMonth january = plan.months().get(0);
        assertThat(january.month()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(january.capacity()).isEqualTo(16);
        assertThat(january.usable()).isCloseTo(14.4, within(1e-9));
        assertThat(january.demand()).isZero();
        assertThat(plan.exhaustion()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(plan.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Recommendation.Kind.SERVERS);
            assertThat(r.deviceModelName()).isEqualTo("Dell PowerEdge XE9680 8x H100 SXM5");
            assertThat(r.servers()).isEqualTo(4);
            assertThat(r.added()).isEqualTo(32);
            assertThat(r.cabinetsFromFree()).isEqualTo(3);
            assertThat(r.cabinetsToLease()).isEqualTo(1);
            assertThat(r.needDate()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(r.orderBy()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(r.late()).isFalse();
            Costs c = r.costs();
            assertThat(c.capex()).isEqualByComparingTo("9200000.00");
            assertThat(c.monthlyDepreciation()).isEqualByComparingTo("145666.68");
            assertThat(c.monthlyLease()).isEqualByComparingTo("9800.00");
            assertThat(c.monthlyElectricity()).isEqualByComparingTo("8319.81");
            assertThat(c.monthlyRevenue()).isEqualByComparingTo("457856.00");
            assertThat(c.monthlyMargin()).isEqualByComparingTo("294069.51");
            assertThat(c.breakEvenMonth()).isEqualTo(21);
        });
        assertThat(plan.months().get(2).planned()).isEqualTo(32);
        assertThat(plan.totalCapex()).isEqualByComparingTo("9200000.00");
    }

    @BothDatabases
    void ordersArriveByTheirDeliveryContractsRunForTheirTermAndAssetsRetireAtTheEndOfTheirLife(Database db,
            SiteBuilder site) {
        Device old = site.h100Server("A01", 0);
        site.h100Server("A02", 0);
        Purchases purchases = new Purchases(db, clock);
        Supplier vendor = purchases.supplier("Shenzhen Sitong", 45);
        purchases.order(site.siteId(), site.inventory.h100Server().getId(), 2, "2100000.00", vendor, LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 2, 10));
        purchases.contract(site.inventory.gpuModel("H100 SXM5 80GB").getId(), 64, LocalDate.of(2027, 1, 1), 6,
                purchases.supplier("Hailanyun (Hainan) data centre", 10));
        new AssetService(db, clock, VatPolicy.DEDUCTIBLE).register(new NewAsset(old.getId(), old.getAssetTag(), "old server",
                AssetClass.SERVER, new BigDecimal("2000000.00"), Purchases.VAT, LocalDate.of(2022, 6, 1), site.siteId(),
                null, null, null, null));
        new DemandService(db).create(DemandInput.gpus(site.tenant.getId(), site.siteId(), 100, LocalDate.of(2027, 9, 1), 3,
                DemandStage.COMMITTED));

        CapacityPlan plan = planner(db).plan(site.siteId(), Resource.GPU,
                PlanAssumptions.defaults().withPipeline(DemandView.COMMITTED_ONLY));

        CapacityMonth jan = plan.months().get(0);
        assertThat(jan.installed()).isEqualTo(16);
        assertThat(jan.onOrder()).isZero();
        assertThat(jan.outsourced()).isEqualTo(64);
        assertThat(jan.capacity()).isEqualTo(80);
        CapacityMonth mar = plan.months().get(2);
        assertThat(mar.onOrder()).as("delivered on 10 February, there on 1 March").isEqualTo(16);
        CapacityMonth jun = plan.months().get(5);
        assertThat(jun.retired()).as("bought June 2022, five-year life").isEqualTo(8);
        assertThat(jun.capacity()).isEqualTo(16 + 16 + 64 - 8);
        assertThat(plan.months().get(6).outsourced()).as("the contract ended with June").isZero();
        assertThat(plan.exhaustion()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(plan.recommendations()).singleElement().satisfies(r -> {
            // 100 / 0.9 − 24 = 87.1 → 88 GPUs → 11 servers; priced and timed by the latest order of the model.
            assertThat(r.servers()).isEqualTo(11);
            assertThat(r.unitPrice()).isEqualByComparingTo("2100000.00");
            assertThat(r.leadTimeDays()).isEqualTo(45);
            assertThat(r.supplierId()).isEqualTo(vendor.getId());
            assertThat(r.cabinetsFromFree()).isZero();
            assertThat(r.cabinetsToLease()).isEqualTo(11);
            assertThat(r.orderBy()).isEqualTo(LocalDate.of(2027, 9, 1).minusDays(45));
        });
    }

    @BothDatabases
    void aCabinetShortfallIsCoveredByLeasingCabinetsAndALateOrderIsFlagged(Database db, SiteBuilder site) {
        site.h100Server("A01", 0);
        site.inventory.cabinet("F1");
        site.inventory.cabinet("F2");
        new DemandService(db).create(new DemandInput(site.tenant.getId(), site.siteId(), Resource.CABINETS, 5L,
                LocalDate.of(2026, 12, 20), 12, DemandStage.CONTRACTED, null, null));

        CapacityPlan plan = planner(db).plan(site.siteId(), Resource.CABINETS);

        assertThat(plan.exhaustion()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(plan.recommendations()).singleElement().satisfies(r -> {
            // 5 / 0.9 − 3 = 2.56 → 3 cabinets, leased 30 days ahead: by 2 December, already past.
            assertThat(r.kind()).isEqualTo(Recommendation.Kind.CABINETS);
            assertThat(r.cabinetsToLease()).isEqualTo(3);
            assertThat(r.added()).isEqualTo(3);
            assertThat(r.orderBy()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(r.late()).isTrue();
            assertThat(r.costs().monthlyLease()).isEqualByComparingTo("29400.00");
            assertThat(r.costs().capex()).isZero();
        });
    }

    @BothDatabases
    void withoutAShortfallThereIsNoExhaustionAndNothingToBuy(Database db, SiteBuilder site) {
        site.h100Server("A01", 4);

        CapacityPlan plan = planner(db).plan(site.siteId(), Resource.POWER, PlanAssumptions.defaults().withHeadroom(0.2));

        assertThat(plan.exhausts()).isFalse();
        assertThat(plan.recommendations()).isEmpty();
        assertThat(plan.months().get(0).capacity()).isEqualTo(20_000);
    }

    @BothDatabases
    void theUserCanOverrideTheMethodTheBacktestChose(Database db, SiteBuilder site) {
        site.h100Server("A01", 4);
        new io.dcim.forecasting.history.HistoryDemo(new UtilizationHistory(db, clock, Optional.empty())).backfill(site.siteId(), 24);

        CapacityPlan seasonalNaive = planner(db).plan(site.siteId(), Resource.GPU, PlanAssumptions.defaults(),
                io.dcim.forecasting.MethodChoice.parse("seasonal-naive"));
        CapacityPlan linear = planner(db).plan(site.siteId(), Resource.GPU, PlanAssumptions.defaults(),
                io.dcim.forecasting.MethodChoice.parse("linear"));

        assertThat(seasonalNaive.method()).isEqualTo(io.dcim.forecasting.method.MethodName.SEASONAL_NAIVE);
        assertThat(linear.method()).isEqualTo(io.dcim.forecasting.method.MethodName.LINEAR);
        assertThat(seasonalNaive.months().get(0).demand()).isNotEqualTo(linear.months().get(0).demand());
        // the notes are messages: English by default, Chinese for a Chinese reader
        assertThat(linear.notes()).anySatisfy(n -> assertThat(n).matches("organic use: linear \\(as asked\\) on \\d+ months"))
                .contains("lead time " + io.dcim.procurement.supplier.Supplier.DEFAULT_LEAD_TIME_DAYS + " days: the default");
        assertThat(linear.notes(java.util.Locale.SIMPLIFIED_CHINESE))
                .anySatisfy(n -> assertThat(n).matches("自然增长：linear（按指定方法），基于 \\d+ 个月的数据"))
                .contains("交货期 " + io.dcim.procurement.supplier.Supplier.DEFAULT_LEAD_TIME_DAYS + " 天：默认值");
    }

    @Test
    void aCabinetHoldsAsManyServersAsItsContractedPowerCovers() {
        CabinetFit fit = new CabinetFit(java.util.List.of(40_000, 20_000, 6_000), 20_000);

        CabinetFit.Placement placement = fit.place(5, 10_200);

        // 40 kW holds 3 (30.6 kW), 20 kW holds 1, 6 kW none; the last server needs a leased cabinet.
        assertThat(placement.fromFree()).isEqualTo(2);
        assertThat(placement.toLease()).isEqualTo(1);
        assertThat(new CabinetFit(java.util.List.of(), 20_000).place(3, 10_200).toLease()).isEqualTo(3);
        assertThatThrownBy(() -> new CabinetFit(java.util.List.of(), 6_000).place(1, 10_200))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("cabinetContractedW:");
    }

    @Test
    void breakEvenIsTheFirstMonthTheCashMarginHasPaidTheCapex() {
        assertThat(CostModel.breakEven(new BigDecimal("1000.00"), new BigDecimal("100.00"))).isEqualTo(10);
        assertThat(CostModel.breakEven(new BigDecimal("1000.00"), new BigDecimal("99.99"))).isEqualTo(11);
        assertThat(CostModel.breakEven(new BigDecimal("1000.00"), new BigDecimal("-5.00"))).isNull();
    }

    @Test
    void assumptionsOutOfRangeAreRefusedNamingTheField() {
        assertThatThrownBy(() -> PlanAssumptions.defaults().withHeadroom(0.95))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("headroom:");
        assertThatThrownBy(() -> PlanAssumptions.defaults().withRevenue(new BigDecimal("28"), 0))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("utilization:");
    }
}
