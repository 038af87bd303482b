package io.dcim.power.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.power.PowerModule;
import io.dcim.power.alarm.AlarmKind;
import io.dcim.power.load.CabinetLoad;
import io.dcim.power.load.FacilitySource;
import io.dcim.power.load.LoadScope;
import io.dcim.power.load.LoadService;
import io.dcim.power.load.SiteLoad;
import io.dcim.power.polling.SweepReport;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.endpoint.TargetFilter;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetService;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The small demo site polled live from the built-in simulator: the embedded default's first minute. */
class PowerDemoIT {

    private static final ProfileCatalog CATALOG = ProfileCatalog.builtIn();

    @BothDatabases
    void registersTheDemoDevicesOnceAndASweepGivesPowerForEveryDemoCabinet(Database db) {
        long siteId = SmallDemoSite.seed(db);
        PowerModule.Config config = SmallDemoSite.loopbackPowerConfig();

        DemoRegistration first;
        DemoRegistration again;
        DemoRegistration restarted;
        SweepReport sweep;
        long started;
        Duration startAndSweep;
        try (PowerModule power = PowerModule.start(db, Clock.systemUTC(), config)) {
            TargetService targets = power.targets();
            try (PowerDemo earlier = PowerDemo.start(db, targets, CATALOG, DemoOptions.DEFAULT)) {
                first = earlier.lastRegistration();
                again = earlier.refresh();
            }
            started = System.nanoTime();
            try (PowerDemo demo = PowerDemo.start(db, targets, CATALOG, DemoOptions.DEFAULT)) {
                restarted = demo.lastRegistration();
                sweep = power.services().sweepAndEvaluate(Instant.now());
            }
            startAndSweep = Duration.ofNanos(System.nanoTime() - started);
            assertThat(targets.list(TargetFilter.ofSite(siteId), PageRequest.first(1, null)).total()).isEqualTo(414);
            assertThat(targets.list(new TargetFilter(siteId, null, TargetRole.UPS, null, null),
                    PageRequest.first(10, null)).total()).isEqualTo(4);
            assertThat(power.alarms().active()).as("the demo's hot inlets; no target unreachable")
                    .isNotEmpty().noneMatch(a -> a.kind() == AlarmKind.TARGET_UNREACHABLE);
            verifyLoads(power.loads(), siteId);
        }

        // Small demo: 2 halls x 5 rows x 20 cabinets, 2 PDUs each; 2 UPSes per hall; 1 cooling unit per row.
        assertThat(first).isEqualTo(new DemoRegistration(414, 414, 0, 0));
        assertThat(again).isEqualTo(new DemoRegistration(414, 0, 0, 414));
        assertThat(restarted).as("a new simulator port: the same targets, pointed at it")
                .isEqualTo(new DemoRegistration(414, 0, 414, 0));
        assertThat(sweep.outcomes()).isEqualTo(Map.of(PollOutcome.OK, 414L));
        assertThat(startAndSweep).isLessThan(Duration.ofSeconds(60));
    }

    private static void verifyLoads(LoadService loads, long siteId) {
        List<CabinetLoad> cabinets = loads.cabinets(LoadScope.site(siteId));
        SiteLoad site = loads.site(siteId);

        assertThat(cabinets).hasSize(200).allSatisfy(c -> {
            assertThat(c.complete()).as(c.cabinetName()).isTrue();
            assertThat(c.measuredW()).as(c.cabinetName()).isPositive();
            assertThat(c.utilizationPct()).as(c.cabinetName()).isBetween(0.1, 95.0); // empty ones: the PDUs' own 60 W
            assertThat(c.inletTempC()).as(c.cabinetName()).isBetween(20.0, 30.5);
        });
        assertThat(cabinets).filteredOn(c -> c.inletTempC() > 27).as("a few hot cabinets").isNotEmpty()
                .hasSizeLessThan(20);
        assertThat(site.facilitySource()).isEqualTo(FacilitySource.UPS_INPUT);
        assertThat(site.itW()).isCloseTo(cabinets.stream().mapToLong(CabinetLoad::measuredW).sum(),
                org.assertj.core.data.Offset.offset(400L));
        assertThat(site.pue()).as("about the design PUE").isBetween(new BigDecimal("1.20"), new BigDecimal("1.30"));
    }
}
