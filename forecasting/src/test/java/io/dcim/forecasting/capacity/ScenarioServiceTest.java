package io.dcim.forecasting.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.demand.DemandForecast;
import io.dcim.forecasting.demand.DemandInput;
import io.dcim.forecasting.demand.DemandService;
import io.dcim.forecasting.demand.DemandStage;
import io.dcim.forecasting.demand.DemandView;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.history.UtilizationHistory;
import io.dcim.forecasting.testing.SiteBuilder;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.PurchaseRequestService;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

class ScenarioServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));

    private CapacityPlanner planner(Database db) {
        UtilizationHistory history = new UtilizationHistory(db, clock, Optional.empty());
        return new CapacityPlanner(db, clock, new DemandForecast(history, new DemandService(db), new Forecaster(), clock));
    }

    @BothDatabases
    void aScenarioIsSavedListedLoadedWithItsAssumptionsAndRenamed(Database db, SiteBuilder site) {
        ScenarioService scenarios = new ScenarioService(db, planner(db));
        PlanAssumptions assumptions = PlanAssumptions.defaults().withServer(null, new BigDecimal("2250000.00"), 75)
                .withGrowth(1.5).withPipeline(DemandView.COMMITTED_ONLY).withHeadroom(0.15);

        PlanScenario saved = scenarios.save("Base case", site.siteId(), Resource.GPU, assumptions, "mgr-bob");

        assertThat(scenarios.load(saved.getId()).assumptions()).isEqualTo(assumptions);
        assertThat(scenarios.page(site.siteId(), PageRequest.first(20, "name")).items()).singleElement()
                .satisfies(s -> {
                    assertThat(s.name()).isEqualTo("Base case");
                    assertThat(s.siteName()).isEqualTo("Test IDC");
                    assertThat(s.createdBy()).isEqualTo("mgr-bob");
                });
        assertThatThrownBy(() -> scenarios.save(" base CASE ", site.siteId(), Resource.GPU, assumptions, "mgr-bob"))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> scenarios.save("", site.siteId(), Resource.GPU, assumptions, "mgr-bob"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("name:");

        PlanScenario renamed = scenarios.edit(saved.getId(), saved.getVersion(), "Base case", site.siteId(), Resource.POWER,
                assumptions.withHeadroom(0.2));
        assertThat(renamed.getResource()).isEqualTo(Resource.POWER);
        assertThat(scenarios.load(saved.getId()).assumptions().headroom()).isEqualTo(0.2);
        assertThatThrownBy(() -> scenarios.edit(saved.getId(), saved.getVersion(), "Other", site.siteId(), Resource.GPU,
                assumptions)).isInstanceOf(ConflictException.class).hasMessageStartingWith("version:");
    }

    @BothDatabases
    void twoScenariosAreComparedByTheirPlansKeyFigures(Database db) {
        SiteBuilder site = CapacityPlannerTest.handComputedSite(db);
        ScenarioService scenarios = new ScenarioService(db, planner(db));
        PlanScenario tight = scenarios.save("10% headroom", site.siteId(), Resource.GPU,
                PlanAssumptions.defaults().withServer(null, null, 60), "mgr-bob");
        PlanScenario safe = scenarios.save("30% headroom", site.siteId(), Resource.GPU,
                PlanAssumptions.defaults().withServer(null, null, 60).withHeadroom(0.3), "mgr-bob");

        ScenarioComparison comparison = scenarios.compare(tight.getId(), safe.getId());

        assertThat(comparison.left().name()).isEqualTo("10% headroom");
        assertThat(comparison.left().exhaustion()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(comparison.left().servers()).isEqualTo(4);
        assertThat(comparison.left().capex()).isEqualByComparingTo("9200000.00");
        assertThat(comparison.left().firstBreakEven()).isEqualTo(21);
        // 40 / 0.7 − 16 = 41.1 → 42 GPUs → 6 servers: 3 in free cabinets, 3 in leased ones.
        assertThat(comparison.right().servers()).isEqualTo(6);
        assertThat(comparison.right().cabinetsToLease()).isEqualTo(3);
        assertThat(comparison.right().capex()).isEqualByComparingTo("13800000.00");
        assertThat(comparison.right().monthlyLease()).isEqualByComparingTo("29400.00");
        assertThat(comparison.right().firstOrderBy()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @BothDatabases
    void aServerRecommendationBecomesADraftPurchaseRequestAndACabinetLeaseDoesNot(Database db) {
        SiteBuilder site = CapacityPlannerTest.handComputedSite(db);
        CapacityPlan plan = planner(db).plan(site.siteId(), Resource.GPU, PlanAssumptions.defaults().withServer(null, null, 60));
        PurchaseDrafts drafts = new PurchaseDrafts(new PurchaseRequestService(db, clock));

        PurchaseRequest request = drafts.draftFor(plan.recommendations().get(0), "ops-alice");

        assertThat(request.getStatus()).isEqualTo(RequestStatus.DRAFT);
        assertThat(request.getSiteId()).isEqualTo(site.siteId());
        assertThat(request.getExpectedDelivery()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(request.getNetTotal()).isEqualByComparingTo("9200000.00");
        assertThat(request.getTitle()).isEqualTo("4 × Dell PowerEdge XE9680 8x H100 SXM5 needed by 2027-03-01");

        new DemandService(db).create(new DemandInput(site.tenant.getId(), site.siteId(), Resource.CABINETS, 9L,
                LocalDate.of(2027, 2, 1), 12, DemandStage.CONTRACTED, null, null));
        Recommendation lease = planner(db).plan(site.siteId(), Resource.CABINETS).recommendations().get(0);
        assertThatThrownBy(() -> drafts.draftFor(lease, "ops-alice"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("recommendation:");
    }
}
