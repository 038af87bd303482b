package io.dcim.forecasting.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.demand.DemandForecast;
import io.dcim.forecasting.demand.DemandSeries;
import io.dcim.forecasting.demand.DemandService;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.history.UtilizationHistory;
import io.dcim.forecasting.testing.SiteBuilder;
import io.dcim.forecasting.usage.UsageQueries;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A site of 16 H100 cards, none allocated, whose Slurm usage says 12 cards were busy every day from 2026-03-01: once
 * usage exists the plan forecasts the cards busy (12 a month, a flat series) instead of the allocations (none), and says
 * which series it used.
 */
class CapacityPlanOnUsageTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));

    private CapacityPlanner planner(Database db) {
        UtilizationHistory history = new UtilizationHistory(db, clock, Optional.empty());
        return new CapacityPlanner(db, clock, new DemandForecast(history, new DemandService(db), new Forecaster(), clock,
                new UsageQueries(db)));
    }

    @BothDatabases
    void withUsageTheGpuPlanForecastsTheCardsBusyAndSaysSo(Database db, SiteBuilder site) {
        site.h100Server("A01", 0);
        site.h100Server("A02", 0);

        CapacityPlan before = planner(db).plan(site.siteId(), Resource.GPU, PlanAssumptions.defaults());
        assertThat(before.demandSeries()).isEqualTo(DemandSeries.ALLOCATED);
        assertThat(before.notes(Locale.ROOT)).anySatisfy(n -> assertThat(n).startsWith("Demand is the GPUs allocated"));
        assertThat(before.months().get(0).demand()).isZero();

        busyCards(db, site, 12, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 4));
        CapacityPlan plan = planner(db).plan(site.siteId(), Resource.GPU, PlanAssumptions.defaults());

        assertThat(plan.demandSeries()).isEqualTo(DemandSeries.USED_CARD_HOURS);
        assertThat(plan.notes(Locale.ROOT)).anySatisfy(n -> assertThat(n).contains("card-hours used").contains("1 Mar 2026"));
        assertThat(plan.notes(Locale.ROOT)).anySatisfy(n -> assertThat(n).startsWith("history has 9 complete months"));
        // March to November: nine complete months of 12 busy cards, too few for the engine (15): held flat at the
        // latest day's 12
        assertThat(plan.months().get(0).demand()).isCloseTo(12, within(1e-6));
        assertThat(plan.months().get(23).demand()).isCloseTo(12, within(1e-6));
        // 16 cards at 10 % headroom carry 14.4: 12 fits, nothing to buy
        assertThat(plan.exhausts()).isFalse();
    }

    /** {@code cards} × 24 h a day of one tenant's H100 jobs in usage_day, as the Slurm import leaves them. */
    private static void busyCards(Database db, SiteBuilder site, int cards, LocalDate from, LocalDate toExclusive) {
        db.execute(session -> session.doWork(c -> {
            try (var insert = c.prepareStatement("insert into usage_day (site_id, on_day, gpu_class, tenant_id, card_seconds,"
                    + " core_seconds) values (?, ?, ?, ?, ?, ?)")) {
                for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
                    insert.setLong(1, site.siteId());
                    insert.setDate(2, java.sql.Date.valueOf(day));
                    insert.setString(3, "H100_CLASS");
                    insert.setLong(4, site.tenant.getId());
                    insert.setLong(5, cards * 86_400L);
                    insert.setLong(6, 0);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }));
    }
}
