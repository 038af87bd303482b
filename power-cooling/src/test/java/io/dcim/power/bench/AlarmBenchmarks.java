package io.dcim.power.bench;

import static io.dcim.testing.BenchTimer.median;
import static io.dcim.testing.BenchTimer.p95;
import static io.dcim.testing.BenchTimer.secondsSince;
import static io.dcim.testing.BenchTimer.time;

import io.dcim.power.collect.Collectors;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.power.alarm.AlarmService;
import io.dcim.power.alarm.EvaluationReport;
import io.dcim.power.alarm.LogAlarmNotifier;
import io.dcim.power.alarm.ThresholdDefaults;
import io.dcim.power.alarm.ThresholdService;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.demo.DemoRegistration;
import io.dcim.power.demo.PowerDemo;
import io.dcim.power.load.CabinetLoad;
import io.dcim.power.load.CurrentLoads;
import io.dcim.power.load.LoadScope;
import io.dcim.power.load.LoadService;
import io.dcim.power.load.LoadSettings;
import io.dcim.power.load.SiteLoad;
import io.dcim.power.polling.PollingService;
import io.dcim.power.polling.PollingSettings;
import io.dcim.power.polling.SweepReport;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.reading.PollStatusStore;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.snmp.TestPollers;
import io.dcim.power.snmp.SnmpPoller;
import io.dcim.power.snmp.SnmpCollector;
import io.dcim.power.endpoint.TargetService;
import io.dcim.testing.BenchDatabases;
import io.dcim.testing.BenchScale;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Cabinet loads and an alarm evaluation at the flagship site's scale, on an H2 file database and on
 * PostgreSQL (when reachable): the full demo (4,000 cabinets, 8,000 PDUs, 40 UPSes, 200 cooling units) is
 * seeded, registered on the built-in simulator and swept once, then timed:
 * <ol>
 *   <li>the current loads of all 4,000 cabinets (topology, latest power, temperature and humidity of 8,000
 *       PDUs), as a site power map asks for them;</li>
 *   <li>the site's IT, facility load and PUE with its rooms';</li>
 *   <li>a first alarm evaluation (raising what the demo's hot cabinets and busy afternoons warrant), then the
 *       steady state: every cabinet, inlet and target evaluated, nothing changing.</li>
 * </ol>
 * Run: {@code mvn -B -q -Pbench-power -Dbench=alarms -DskipTests -pl power-cooling -am verify}
 */
public final class AlarmBenchmarks {

    private static final ProfileCatalog CATALOG = ProfileCatalog.builtIn();

    public static void main(String[] args) throws Exception {
        if (!Benchmarks.selected("alarms")) {
            return;
        }
        BenchDatabases.h2FileAndPostgres("dcim-alarm-bench", AlarmBenchmarks::run);
    }

    private static void run(String name, Database db) throws Exception {
        System.out.printf("%n== %s ==%n", name);
        Clock clock = Clock.systemUTC();
        long start = System.nanoTime();
        new DemoSiteLoader(db, new CatalogService(db)).seedIfEmpty(BenchScale.smoke() ? DemoScale.SMALL : DemoScale.FULL);
        System.out.printf("%s: seeded the demo in %.1f s%n", name, secondsSince(start));
        ReadingStore readings = new ReadingStore(db, clock);
        TargetService targets = new TargetService(db, CATALOG,
                CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key()), readings);
        PollStatusStore statuses = new PollStatusStore(db);
        LoadService loads = new LoadService(db, readings, clock, LoadSettings.DEFAULT);
        AlarmService alarms = new AlarmService(db, loads, statuses, new ThresholdService(db, ThresholdDefaults.SHIPPED),
                event -> { }, clock);
        start = System.nanoTime();
        try (PowerDemo demo = PowerDemo.start(db, targets, CATALOG, DemoOptions.DEFAULT.withoutHistory());
             SnmpPoller poller = new SnmpPoller(TestPollers.onLoopback())) {
            DemoRegistration registered = demo.lastRegistration();
            System.out.printf("%s: registered %,d demo targets in %.1f s%n", name, registered.created(),
                    secondsSince(start));
            PollingService polling = new PollingService(targets, Collectors.of(new SnmpCollector(poller)), readings, statuses,
                    PollingSettings.DEFAULT);
            SweepReport sweep = polling.sweep(Instant.now());
            System.out.printf("%s: one sweep of %,d targets: %.1f s, %,d readings stored, outcomes %s%n", name,
                    sweep.due(), sweep.wallTime().toMillis() / 1e3, sweep.readings(), sweep.outcomes());
        }
        long siteId = db.read(s -> s.createQuery("select s.id from Site s", Long.class).getSingleResult());

        CurrentLoads current = loads.current(LoadScope.all());
        long measured = current.cabinets().stream().filter(CabinetLoad::measured).count();
        double[] cabinetMs = time(() -> loads.current(LoadScope.all()), 2, 7);
        System.out.printf("%s: current loads of %,d cabinets (%,d measured) and %,d inlets: median %.0f ms,"
                + " p95 %.0f ms%n", name, current.cabinets().size(), measured, current.inlets().size(),
                median(cabinetMs), p95(cabinetMs));
        SiteLoad site = loads.site(siteId);
        double[] siteMs = time(() -> loads.site(siteId), 2, 7);
        System.out.printf("%s: site load (IT %.0f kW, facility %.0f kW, PUE %s, %d rooms): median %.0f ms%n", name,
                site.itW() / 1e3, site.facilityW() / 1e3, site.pue(), site.rooms().size(), median(siteMs));

        start = System.nanoTime();
        EvaluationReport first = alarms.evaluate(Instant.now());
        System.out.printf("%s: first alarm evaluation of %,d subjects: %.0f ms, %d raised%n", name, first.subjects(),
                secondsSince(start) * 1e3, first.raised());
        double[] evaluateMs = time(() -> alarms.evaluate(Instant.now()), 1, 7);
        EvaluationReport steady = alarms.evaluate(Instant.now());
        System.out.printf("%s: steady alarm evaluation (cabinet loads + %,d subjects, %d active, %d changed):"
                + " median %.0f ms, p95 %.0f ms%n", name, steady.subjects(), steady.active(),
                steady.raised() + steady.escalated() + steady.deescalated() + steady.cleared(), median(evaluateMs),
                p95(evaluateMs));
    }
}
