package io.dcim.web.metrics;

import io.dcim.app.Services;
import io.dcim.inventory.gpu.GpuCounts;
import io.dcim.inventory.site.Site;
import io.dcim.power.PowerModule;
import io.dcim.power.alarm.Severity;
import io.dcim.power.load.CabinetLoad;
import io.dcim.power.load.LoadScope;
import io.dcim.power.load.SiteLoad;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figures people chart, per site: IT and facility power, PUE, GPUs in the inventory, in service and
 * allocated, how the cabinets' loads against their contracts spread; and active alarms by severity. Read
 * through the modules' published queries ({@code LoadService}, {@code AlarmService}, {@code GpuCounts}) at most
 * once per {@code maxAge} (30 s): a scrape every 15 s then costs the queries every other time, and the figures
 * themselves only move with the 10 s sweep.
 *
 * <p>Cabinet load is a distribution per site (cabinets per load band, and the median, 95th percentile and
 * highest load), not one series per cabinet: at the full demo's 4,000 cabinets that would be 4,000 series per
 * node, each rewritten every scrape and renamed whenever a cabinet is, which Prometheus stores and Grafana draws
 * badly; the question people ask of it ("how many are near their contract, how full is the worst") is the band.
 * Which cabinets those are is the console's power map and its "nearest contract" list.
 */
final class DomainGauges {

    private static final Logger log = LoggerFactory.getLogger(DomainGauges.class);
    /** Upper bounds in % of the contracted power; the last band is over contract. */
    static final double[] BANDS = {50, 70, 80, 90, 100};
    static final String[] BAND_NAMES = {"0-50", "50-70", "70-80", "80-90", "90-100", "over-100"};

    private final Services services;
    private final Duration maxAge;
    private final MultiGauge itPower;
    private final MultiGauge facilityPower;
    private final MultiGauge pue;
    private final MultiGauge gpus;
    private final MultiGauge cabinetBands;
    private final MultiGauge cabinetPercent;
    private final MultiGauge alarms;
    private long refreshedAt = Long.MIN_VALUE;
    private volatile double lastRefreshSeconds;

    DomainGauges(MeterRegistry registry, Services services, Duration maxAge) {
        this.services = services;
        this.maxAge = maxAge;
        itPower = gauge(registry, "dcim.site.it.power", "watts",
                "A site's IT load now: the sum of its PDUs' latest readings");
        facilityPower = gauge(registry, "dcim.site.facility.power", "watts",
                "A site's facility load now (meters, else UPS inputs, else the design PUE)");
        pue = gauge(registry, "dcim.site.pue", null,
                "A site's PUE now; absent while a meter or UPS it is summed from has no current reading");
        gpus = gauge(registry, "dcim.site.gpus", null, "GPU cards at a site: total, in service, allocated to tenants");
        cabinetBands = gauge(registry, "dcim.cabinet.load.cabinets", null,
                "Measured cabinets of a site by load band, in % of contracted power");
        cabinetPercent = gauge(registry, "dcim.cabinet.load.percent", null,
                "Cabinet load in % of contracted power at a site: median, 95th percentile, highest");
        alarms = gauge(registry, "dcim.alarms.active", null, "Active power and cooling alarms by severity");
        Gauge.builder("dcim.metrics.refresh.duration", this, g -> g.lastRefreshSeconds).baseUnit("seconds")
                .description("How long the last reading of these figures took").register(registry);
    }

    /** One of the figures, a value per site (or band, severity); {@code baseUnit} null where it has none. */
    private static MultiGauge gauge(MeterRegistry registry, String name, String baseUnit, String description) {
        return MultiGauge.builder(name).baseUnit(baseUnit).description(description).register(registry);
    }

    /** Reads the figures again when the last reading is older than {@code maxAge}; one reader at a time. */
    synchronized void refreshIfStale() {
        long now = System.nanoTime();
        if (refreshedAt != Long.MIN_VALUE && now - refreshedAt < maxAge.toNanos()) {
            return;
        }
        try {
            refresh();
            lastRefreshSeconds = (System.nanoTime() - now) / 1e9;
        } catch (RuntimeException e) {
            // The last figures stay: Prometheus shows them flat, and the database's own health says why.
            log.warn("Reading the figures for /metrics failed: {}", e.toString());
        }
        refreshedAt = now;
    }

    private void refresh() {
        List<Site> sites = services.sites().sites();
        Map<Long, String> names = new HashMap<>();
        sites.forEach(s -> names.put(s.getId(), s.getName()));
        gpuRows(names);
        Optional<PowerModule> power = services.powerIfRunning();
        if (power.isEmpty()) {
            return;
        }
        List<MultiGauge.Row<?>> it = new ArrayList<>();
        List<MultiGauge.Row<?>> facility = new ArrayList<>();
        List<MultiGauge.Row<?>> pues = new ArrayList<>();
        for (Site site : sites) {
            SiteLoad load = power.get().loads().site(site.getId());
            Tags tags = Tags.of("site", site.getName());
            it.add(MultiGauge.Row.of(tags, load.itW()));
            facility.add(MultiGauge.Row.of(tags, load.facilityW()));
            if (load.pue() != null) {
                pues.add(MultiGauge.Row.of(tags, load.pue().doubleValue()));
            }
        }
        itPower.register(it, true);
        facilityPower.register(facility, true);
        pue.register(pues, true);
        cabinetRows(names, power.get().loads().cabinets(LoadScope.all()));
        List<MultiGauge.Row<?>> bySeverity = new ArrayList<>();
        power.get().alarms().countActiveBySeverity().forEach((Severity severity, Long count) ->
                bySeverity.add(MultiGauge.Row.of(Tags.of("severity", severity.name()), count)));
        alarms.register(bySeverity, true);
    }

    private void gpuRows(Map<Long, String> names) {
        Map<Long, long[]> bySite = new HashMap<>();
        for (GpuCounts.OfModelAtSite row : services.database().read(GpuCounts::bySiteAndModel)) {
            long[] v = bySite.computeIfAbsent(row.siteId(), k -> new long[3]);
            v[0] += row.cards();
            v[1] += row.inService();
            v[2] += row.allocated();
        }
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        names.forEach((id, name) -> {
            long[] v = bySite.getOrDefault(id, new long[3]);
            rows.add(MultiGauge.Row.of(Tags.of("site", name, "state", "total"), v[0]));
            rows.add(MultiGauge.Row.of(Tags.of("site", name, "state", "in_service"), v[1]));
            rows.add(MultiGauge.Row.of(Tags.of("site", name, "state", "allocated"), v[2]));
        });
        gpus.register(rows, true);
    }

    private void cabinetRows(Map<Long, String> names, List<CabinetLoad> cabinets) {
        Map<Long, List<Double>> loads = new HashMap<>();
        names.keySet().forEach(id -> loads.put(id, new ArrayList<>()));
        for (CabinetLoad cabinet : cabinets) {
            if (cabinet.utilizationPct() != null && loads.containsKey(cabinet.siteId())) {
                loads.get(cabinet.siteId()).add(cabinet.utilizationPct());
            }
        }
        List<MultiGauge.Row<?>> bands = new ArrayList<>();
        List<MultiGauge.Row<?>> percents = new ArrayList<>();
        loads.forEach((siteId, values) -> {
            String site = names.get(siteId);
            long[] counts = bandCounts(values);
            for (int i = 0; i < counts.length; i++) {
                bands.add(MultiGauge.Row.of(Tags.of("site", site, "band", BAND_NAMES[i]), counts[i]));
            }
            if (!values.isEmpty()) {
                double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                percents.add(MultiGauge.Row.of(Tags.of("site", site, "stat", "p50"), percentile(sorted, 50)));
                percents.add(MultiGauge.Row.of(Tags.of("site", site, "stat", "p95"), percentile(sorted, 95)));
                percents.add(MultiGauge.Row.of(Tags.of("site", site, "stat", "max"), sorted[sorted.length - 1]));
            }
        });
        cabinetBands.register(bands, true);
        cabinetPercent.register(percents, true);
    }

    /** Cabinets per band: a load of exactly 50 % is in 0-50, of 100 % in 90-100; above 100 % is over contract. */
    static long[] bandCounts(List<Double> loads) {
        long[] counts = new long[BAND_NAMES.length];
        for (double load : loads) {
            int band = 0;
            while (band < BANDS.length && load > BANDS[band]) {
                band++;
            }
            counts[band]++;
        }
        return counts;
    }

    /** Nearest rank: the smallest value with at least p % of the values at or below it. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
