package io.dcim.power.bench;

import static io.dcim.testing.BenchTimer.median;
import static io.dcim.testing.BenchTimer.p95;
import static io.dcim.testing.BenchTimer.time;

import io.dcim.common.persistence.Database;
import io.dcim.power.PowerFixture;
import io.dcim.power.load.CabinetTrend;
import io.dcim.power.load.LoadSettings;
import io.dcim.power.load.PowerTrends;
import io.dcim.power.load.SiteTrend;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.TargetReading;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetView;
import io.dcim.testing.BenchDatabases;
import io.dcim.testing.BenchScale;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The series behind the console's power charts, on an H2 file database and on PostgreSQL (when reachable): 7 days
 * of readings for one cabinet (two PDUs read every minute, with inlet probes) and for {@value #FILLER_TARGETS}
 * other PDUs every 5 minutes, rolled up as housekeeping does; then the cabinet's power
 * and inlet series for 6 hours, 24 hours and 7 days in about a chart's width of points (780), and the site's IT
 * load and PUE for 7 days. This is not the full site's reading volume (8,000 PDUs): the charts read by index
 * (target, metric, time), so the figure grows with the points read, not with the table.
 * Run: {@code mvn -B -q -Pbench-power -Dbench=trends -DskipTests -pl power-cooling -am verify}
 */
public final class TrendBenchmarks {

    static final int FILLER_TARGETS = BenchScale.pick(400, 5);
    private static final int POINTS = 780;

    public static void main(String[] args) throws Exception {
        if (!Benchmarks.selected("trends")) {
            return;
        }
        BenchDatabases.h2FileAndPostgres("dcim-trends-bench", TrendBenchmarks::run);
    }

    private static void run(String name, Database db) {
        System.out.printf("%n== %s ==%n", name);
        PowerFixture f = new PowerFixture(db);
        TargetView a = f.pdu(f.base.cabinet, Feed.A);
        TargetView b = f.pdu(f.base.cabinet, Feed.B);
        TargetView ups = f.ups("ups-1");
        Instant to = Instant.parse("2025-01-22T00:00:00Z");
        Instant from = to.minus(Duration.ofDays(7));
        long started = System.nanoTime();
        long rows = 0;
        List<TargetReading> batch = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(1))) {
            double daily = Math.sin((t.getEpochSecond() % 86_400) / 86_400.0 * 2 * Math.PI);
            for (TargetView pdu : List.of(a, b)) {
                batch.add(new TargetReading(pdu.id(), Metrics.PDU_POWER_W, t, 7_000 + 1_500 * daily));
                batch.add(new TargetReading(pdu.id(), Metrics.SENSOR_TEMP_C, t, 24 + 2 * daily));
            }
            if (t.getEpochSecond() % 300 == 0) {
                batch.add(new TargetReading(ups.id(), Metrics.UPS_INPUT_POWER_W, t, 17_500 + 1_500 * daily));
                for (int i = 0; i < FILLER_TARGETS; i++) {
                    batch.add(new TargetReading(1_000_000L + i, Metrics.PDU_POWER_W, t, 6_000 + i));
                }
            }
            if (batch.size() >= 50_000) {
                rows += f.base.readings.append(batch);
                batch.clear();
            }
        }
        rows += f.base.readings.append(batch);
        System.out.printf("%s: stored %,d raw readings (7 days: 2 PDUs every minute, %d more every 5 minutes) in %.1f s%n",
                name, rows, FILLER_TARGETS, (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        f.base.readings.rollUp(from, to);
        System.out.printf("%s: rolled up into 5-minute and hourly buckets in %.1f s%n", name,
                (System.nanoTime() - started) / 1e9);

        PowerTrends trends = new PowerTrends(db, f.base.readings, LoadSettings.DEFAULT);
        long cabinet = f.base.cabinet.getId();
        for (Duration span : List.of(Duration.ofHours(6), Duration.ofHours(24), Duration.ofDays(7))) {
            CabinetTrend trend = trends.cabinet(cabinet, to.minus(span), to, POINTS);
            double[] ms = time(() -> trends.cabinet(cabinet, to.minus(span), to, POINTS), 5, 30);
            System.out.printf("%s: cabinet chart series, %s (step %s, %d power + %d inlet points): median %.1f ms,"
                    + " p95 %.1f ms%n", name, span, trend.step(), trend.powerW().size(), trend.inletC().size(),
                    median(ms), p95(ms));
        }
        SiteTrend site = trends.site(f.siteId, from, to, POINTS);
        double[] ms = time(() -> trends.site(f.siteId, from, to, POINTS), 5, 30);
        System.out.printf("%s: site IT load and PUE series, 7 days (step %s, %d points): median %.1f ms, p95 %.1f ms%n",
                name, site.step(), site.itW().size(), median(ms), p95(ms));
    }
}
