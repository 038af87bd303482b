package io.dcim.power.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.power.PowerModule;
import io.dcim.power.energy.SiteMonthEnergy;
import io.dcim.power.load.CabinetLoad;
import io.dcim.power.load.CabinetTrend;
import io.dcim.power.load.LoadScope;
import io.dcim.power.load.PowerTrends;
import io.dcim.power.load.SiteTrend;
import io.dcim.power.load.TrendPoint;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.testing.BothDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** A fresh demo shows every chart period at once: the history is there before the first roll-up. */
class DemoPowerHistoryIT {

    /** The pages' charts: 900 pixels wide, 120 of them axes, one point per remaining pixel. */
    private static final int CHART_POINTS = 780;
    private static final List<Duration> PERIODS = List.of(Duration.ofHours(6), Duration.ofHours(24),
            Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(365));

    @BothDatabases
    void aFreshDemoHasEveryChartPeriodFilledAndConsistentWithTheLiveValues(Database db) throws Exception {
        long siteId = SmallDemoSite.seed(db);
        PowerModule.Config config = SmallDemoSite.loopbackPowerConfig();
        try (PowerModule power = PowerModule.start(db, Clock.systemUTC(), config)) {
            long historyRows;
            try (PowerDemo demo = PowerDemo.start(db, power.targets(), ProfileCatalog.builtIn(), DemoOptions.DEFAULT)) {
                assertThat(demo.awaitHistory(Duration.ofMinutes(10))).as("history written").isTrue();
                historyRows = demo.historyRows();
                Instant now = Instant.now();
                PowerTrends trends = power.trends();
                long cabinetId = power.loads().cabinets(LoadScope.site(siteId)).get(0).cabinetId();
                for (Duration period : PERIODS) {
                    long started = System.nanoTime();
                    SiteTrend site = trends.site(siteId, now.minus(period), now, CHART_POINTS);
                    // A guard on the query plan, not a benchmark: summing 400 PDUs re-ran a subquery per row on H2
                    // and took minutes here; the join answers in well under a second.
                    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("site chart of " + period)
                            .isLessThan(Duration.ofSeconds(15));
                    assertCovers("site IT " + period, site.itW(), site.step(), now.minus(period), now);
                    assertCovers("site PUE " + period, site.pue(), site.step(), now.minus(period), now);
                    CabinetTrend cabinet = trends.cabinet(cabinetId, now.minus(period), now, CHART_POINTS);
                    assertCovers("cabinet kW " + period, cabinet.powerW(), cabinet.step(), now.minus(period), now);
                    assertCovers("cabinet inlet " + period, cabinet.inletC(), cabinet.step(), now.minus(period), now);
                }
                // The newest history points against what the simulator answers now: the same physics. Cabinets whose
                // PDUs all answered the sweep (on a loaded machine a sweep may stop waiting for some).
                SiteTrend day = trends.site(siteId, now.minus(Duration.ofHours(24)), now, CHART_POINTS);
                assertThat(day.pue().get(day.pue().size() - 1).value()).isBetween(1.2, 1.3);
                assertFullYearOfEnergy(db, power, siteId, day, now);
                Instant sweep = Instant.now();
                power.services().sweepAndEvaluate(sweep);
                // Only figures the sweep itself read (every PDU's latest reading from it, not from the history).
                List<CabinetLoad> live = power.loads().cabinets(LoadScope.site(siteId)).stream()
                        .filter(CabinetLoad::complete).filter(c -> !c.readingAt().isBefore(sweep))
                        .filter(c -> c.measuredW() > 2_000).limit(5).toList();
                assertThat(live).isNotEmpty();
                for (CabinetLoad c : live) {
                    List<TrendPoint> history = trends.cabinet(c.cabinetId(), now.minus(Duration.ofHours(6)), now,
                            CHART_POINTS).powerW();
                    assertThat(history.get(history.size() - 1).value()).as("history of " + c.cabinetName()
                            + " against its live draw").isBetween(c.measuredW() * 0.9, c.measuredW() * 1.1);
                }
            }
            assertThat(historyRows).as("sparse: a point every few chart steps, every hour of this month only")
                    .isBetween(100_000L, 1_500_000L);
            try (PowerDemo again = PowerDemo.start(db, power.targets(), ProfileCatalog.builtIn(), DemoOptions.DEFAULT)) {
                assertThat(again.awaitHistory(Duration.ofSeconds(5))).isTrue();
                assertThat(again.historyRows()).as("never into a store that has readings").isZero();
            }
        }
    }

    /**
     * The energy report's year: the twelve complete months before this one and this one so far, each at the mean
     * draw of the site's last day (the model's draw has no season) and at about the design PUE.
     */
    private static void assertFullYearOfEnergy(Database db, PowerModule power, long siteId, SiteTrend day,
                                               Instant now) {
        double meanW = day.itW().stream().mapToDouble(TrendPoint::value).average().orElseThrow();
        ZoneId zone = DemoInventory.load(db).site().zone();
        YearMonth thisMonth = YearMonth.from(now.atZone(zone));
        for (SiteMonthEnergy m : power.energyQueries().siteMonthsDetailed(siteId, thisMonth.minusMonths(12),
                thisMonth)) {
            long hours = Duration.between(m.from(), m.to().isAfter(now) ? now : m.to()).toHours();
            if (hours < 24) {
                continue; // the first hours of a month: too few to compare with a day's mean
            }
            assertThat(m.itWh() / (double) hours).as("mean IT W of " + m.month()).isBetween(meanW * 0.9, meanW * 1.1);
            assertThat(m.facilityWh() / (double) m.itWh()).as("PUE of " + m.month()).isBetween(1.2, 1.3);
        }
    }

    /** Points from the start of the period to its last hours, never further apart than the chart's gap (3 steps). */
    private static void assertCovers(String what, List<TrendPoint> points, Duration step, Instant from, Instant to) {
        assertThat(points).as(what).isNotEmpty();
        Duration gap = step.multipliedBy(3);
        assertThat(points.get(0).at()).as(what + " starts near the period's start")
                .isBefore(from.plus(gap));
        assertThat(points.get(points.size() - 1).at()).as(what + " reaches the last hours")
                .isAfter(to.minus(gap).minus(Duration.ofHours(2)));
        for (int i = 1; i < points.size(); i++) {
            Duration apart = Duration.between(points.get(i - 1).at(), points.get(i).at());
            assertThat(apart).as(what + " at " + points.get(i).at()).isLessThanOrEqualTo(gap);
        }
    }
}
