package io.dcim.forecasting.bench;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.capacity.CapacityPlan;
import io.dcim.forecasting.capacity.CapacityPlanner;
import io.dcim.forecasting.demand.DemandForecast;
import io.dcim.forecasting.demand.DemandInput;
import io.dcim.forecasting.demand.DemandService;
import io.dcim.forecasting.demand.DemandStage;
import io.dcim.forecasting.history.HistoryDemo;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.history.UtilizationHistory;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.inventory.site.SiteService;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.procurement.demo.ProcurementDemoLoader;
import io.dcim.testing.BenchDatabases;
import io.dcim.testing.BenchScale;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * A site capacity plan at full demo scale (4,000 cabinets, ~57,600 GPUs, the procurement demo's orders and
 * contracts, 24 months of daily history, a pipeline of 200 entries): {@code plan(site, GPU)} timed warm, median of
 * {@value #RUNS} runs, on H2 in memory and on PostgreSQL (skipped, saying so, when no server answers).
 */
final class CapacityPlanBenchmark {

    private static final DemoScale SCALE = BenchScale.smoke() ? DemoScale.SMALL : DemoScale.FULL;
    private static final int WARM_UP = BenchScale.pick(5, 1);
    private static final int RUNS = BenchScale.pick(15, 2);

    private CapacityPlanBenchmark() {
    }

    static void run() throws Exception {
        System.out.println("history backfill benchmark: small demo (200 cabinets), 24 months; a re-run finds every day written");
        BenchDatabases.h2AndPostgres(CapacityPlanBenchmark::backfillSmall);
        System.out.println("capacity plan benchmark: " + SCALE.name().toLowerCase() + " demo, 24-month history, plan(site, gpu) warm, median of " + RUNS);
        BenchDatabases.h2AndPostgres(CapacityPlanBenchmark::measure);
    }

    private static void backfillSmall(String kind, Database db) {
        new DemoSiteLoader(db, new CatalogService(db)).seedIfEmpty(DemoScale.SMALL);
        long siteId = new SiteService(db).sites().get(0).getId();
        HistoryDemo demo = new HistoryDemo(new UtilizationHistory(db, Clock.systemUTC(), Optional.empty()));
        long cold = System.nanoTime();
        int warmRows = demo.backfill(siteId, 1); // today's snapshot, the code paths and the queries warmed on a month
        double coldMillis = (System.nanoTime() - cold) / 1e6;
        long first = System.nanoTime();
        int rows = demo.backfill(siteId, 24);
        double firstMillis = (System.nanoTime() - first) / 1e6;
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            demo.backfill(siteId, 24);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("  %s: cold first month (snapshot + %d rows) %.0f ms; the other 23 months (%d rows) %.0f ms;"
                + " re-run median %.0f ms%n", kind, warmRows, coldMillis, rows, firstMillis, millis[2]);
    }

    private static void measure(String kind, Database db) {
        Clock clock = Clock.systemUTC();
        long seedStart = System.nanoTime();
        new DemoSiteLoader(db, new CatalogService(db)).seedIfEmpty(SCALE);
        new ProcurementDemoLoader(db).seedIfEmpty(SCALE);
        long siteId = new SiteService(db).sites().get(0).getId();
        UtilizationHistory history = new UtilizationHistory(db, clock, Optional.empty());
        long backfillStart = System.nanoTime();
        int rows = new HistoryDemo(history).backfill(siteId, 24);
        long backfillMillis = (System.nanoTime() - backfillStart) / 1_000_000;
        DemandService pipeline = new DemandService(db);
        long tenant = new TenantService(db).tenants().get(0).getId();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 200; i++) {
            pipeline.create(DemandInput.gpus(tenant, siteId, 64 + 8L * (i % 16), today.plusDays(10 + 3L * i), 6 + i % 12,
                    DemandStage.values()[i % 3]));
        }
        System.out.printf("  %s: seeded and backfilled in %.1f s (backfill %d rows in %d ms)%n", kind,
                (System.nanoTime() - seedStart) / 1e9, rows, backfillMillis);

        CapacityPlanner planner = new CapacityPlanner(db, clock,
                new DemandForecast(history, pipeline, new Forecaster(), clock));
        CapacityPlan plan = null;
        for (int i = 0; i < WARM_UP; i++) {
            plan = planner.plan(siteId, Resource.GPU);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            plan = planner.plan(siteId, Resource.GPU);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("  %s: plan(site, gpu) median %.1f ms, min %.1f, max %.1f (target < 1,000 ms);"
                        + " exhaustion %s, %d recommendations, %d servers, method %s%n", kind, millis[RUNS / 2], millis[0],
                millis[RUNS - 1], plan.exhaustion(), plan.recommendations().size(), plan.totalServers(), plan.method());
    }
}
