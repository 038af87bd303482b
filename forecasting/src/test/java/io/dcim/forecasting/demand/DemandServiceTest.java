package io.dcim.forecasting.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.history.HistoryDemo;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.history.UtilizationHistory;
import io.dcim.forecasting.testing.SiteBuilder;
import io.dcim.forecasting.training.CardRequirement;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.util.Locale;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

class DemandServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final LocalDate today = LocalDate.of(2026, 12, 4);

    @BothDatabases
    void entriesAreCreatedEditedListedAndDeletedWithTheirVersion(Database db, SiteBuilder site) {
        DemandService demand = new DemandService(db);
        DemandEntry entry = demand.create(DemandInput.gpus(site.tenant.getId(), site.siteId(), 512, today.plusMonths(2), 12,
                DemandStage.LEAD));
        assertThat(entry.getProbability()).isEqualByComparingTo("0.25");

        DemandEntry edited = demand.edit(entry.getId(), entry.getVersion(), DemandInput.gpus(site.tenant.getId(),
                site.siteId(), 640, today.plusMonths(2), 12, DemandStage.COMMITTED).withNote("signed LOI"));

        assertThat(edited.getQuantity()).isEqualTo(640);
        assertThat(edited.getProbability()).isEqualByComparingTo("0.75");
        assertThat(demand.page(new DemandFilter(site.siteId(), null, Resource.GPU, DemandStage.COMMITTED),
                PageRequest.first(20, "start")).items())
                .singleElement().satisfies(s -> {
                    assertThat(s.tenantName()).isEqualTo("Northern University AI Lab");
                    assertThat(s.note()).isEqualTo("signed LOI");
                });
        assertThat(demand.page(new DemandFilter(null, null, null, DemandStage.LEAD), PageRequest.first(20, "start")).total())
                .isZero();
        assertThatThrownBy(() -> demand.delete(entry.getId(), entry.getVersion()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version");
        demand.delete(entry.getId(), demand.find(entry.getId()).getVersion());
        assertThat(demand.page(DemandFilter.all(), PageRequest.first(20, "tenant")).total()).isZero();
    }

    @BothDatabases
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten(Database db, SiteBuilder site) {
        DemandService demand = new DemandService(db);
        DemandInput good = DemandInput.gpus(site.tenant.getId(), site.siteId(), 8, today, 3, DemandStage.LEAD);

        assertThatThrownBy(() -> demand.create(DemandInput.gpus(site.tenant.getId(), site.siteId(), 0, today, 3,
                DemandStage.LEAD))).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("quantity:");
        assertThatThrownBy(() -> demand.create(DemandInput.gpus(site.tenant.getId(), site.siteId(), 8, today, 0,
                DemandStage.LEAD))).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("durationMonths:");
        assertThatThrownBy(() -> demand.create(good.withProbability(new BigDecimal("1.5"))))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("probability:");
        assertThatThrownBy(() -> demand.create(DemandInput.gpus(999_999, site.siteId(), 8, today, 3, DemandStage.LEAD)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e).hasMessage("tenantId: tenant 999999 does not exist");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("租户 999999 不存在");
                });
        assertThatThrownBy(() -> demand.create(DemandInput.gpus(site.tenant.getId(), site.siteId(), 8, today, 121,
                DemandStage.LEAD))).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e).hasMessageStartingWith("durationMonths: must be between 1 and ").hasMessageEndingWith(" months, was 121");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).endsWith(" 个月之间，当前为 121");
                });
        assertThatThrownBy(() -> demand.create(new DemandInput(site.tenant.getId(), site.siteId(), Resource.GPU, 8L, null,
                3, DemandStage.LEAD, null, null))).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("startDate:");
        assertThat(demand.page(DemandFilter.all(), PageRequest.first(20, "start")).total()).isZero();
    }

    @BothDatabases
    void demandOnADayIsWeightedByProbabilityOrCountsCommittedEntriesInFull(Database db, SiteBuilder site) {
        DemandService demand = new DemandService(db);
        long tenant = site.tenant.getId();
        LocalDate start = LocalDate.of(2027, 3, 1);
        demand.create(DemandInput.gpus(tenant, site.siteId(), 512, start, 12, DemandStage.LEAD));
        demand.create(DemandInput.gpus(tenant, site.siteId(), 256, start, 6, DemandStage.COMMITTED));
        demand.create(DemandInput.gpus(tenant, site.siteId(), 100, start, 1, DemandStage.CONTRACTED));
        demand.create(new DemandInput(tenant, site.siteId(), Resource.POWER, 200_000L, start, 12, DemandStage.CONTRACTED,
                null, null));

        assertThat(demand.demandAt(site.siteId(), Resource.GPU, start, DemandView.WEIGHTED)).isCloseTo(128 + 192 + 100, within(1e-9));
        assertThat(demand.demandAt(site.siteId(), Resource.GPU, start, DemandView.COMMITTED_ONLY)).isCloseTo(356, within(1e-9));
        assertThat(demand.demandAt(site.siteId(), Resource.GPU, start.plusMonths(1), DemandView.WEIGHTED))
                .as("the contracted month is over").isCloseTo(320, within(1e-9));
        assertThat(demand.demandAt(site.siteId(), Resource.GPU, start.minusDays(1), DemandView.WEIGHTED)).isZero();
        assertThat(demand.demandAt(site.siteId(), Resource.POWER, start, DemandView.COMMITTED_ONLY)).isCloseTo(200_000, within(1e-9));
        assertThat(demand.monthly(site.siteId(), Resource.GPU, YearMonth.of(2027, 2), 3, DemandView.COMMITTED_ONLY, today))
                .containsExactly(0, 356, 256);
    }

    @BothDatabases
    void aTrainingCalculatorAnswerBecomesALeadEntryForAsManyMonthsAsTheJobRuns(Database db, SiteBuilder site) {
        DemandService demand = new DemandService(db);

        DemandEntry entry = demand.fromTraining(new CardRequirement(1024, 128, Duration.ofDays(45)), site.tenant.getId(),
                site.siteId(), LocalDate.of(2027, 1, 10));

        assertThat(entry.getQuantity()).isEqualTo(1024);
        assertThat(entry.getResource()).isEqualTo(Resource.GPU);
        assertThat(entry.getDurationMonths()).isEqualTo(2);
        assertThat(entry.getStage()).isEqualTo(DemandStage.LEAD);
        assertThat(entry.getNote()).contains("1024 cards for 45.0 days");
    }

    @BothDatabases
    void totalDemandIsTheOrganicForecastPlusTheFuturePipeline(Database db, SiteBuilder site) {
        for (int i = 0; i < 6; i++) {
            site.h100Server("A" + i, 6);
        }
        UtilizationHistory history = new UtilizationHistory(db, clock, Optional.empty());
        new HistoryDemo(history).backfill(site.siteId(), 24);
        DemandService pipeline = new DemandService(db);
        pipeline.create(DemandInput.gpus(site.tenant.getId(), site.siteId(), 64, LocalDate.of(2027, 2, 1), 6,
                DemandStage.COMMITTED));
        pipeline.create(DemandInput.gpus(site.tenant.getId(), site.siteId(), 32, today.minusDays(10), 12,
                DemandStage.CONTRACTED));

        DemandOutlook outlook = new DemandForecast(history, pipeline, new Forecaster(), clock)
                .outlook(site.siteId(), Resource.GPU, 24, MethodChoice.AUTO);

        assertThat(outlook.months()).hasSize(24);
        assertThat(outlook.months().get(0).month()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(outlook.method()).isNotNull();
        assertThat(outlook.lastObserved()).isEqualTo(36);
        DemandMonth february = outlook.months().get(1);
        assertThat(february.organic()).isPositive();
        assertThat(february.pipelineWeighted()).as("the started entry is in the history already").isCloseTo(48, within(1e-9));
        assertThat(february.total(DemandView.COMMITTED_ONLY)).isCloseTo(february.organic() + 64, within(1e-9));
        assertThat(outlook.months().get(0).pipelineCommitted()).isZero();
    }
}
