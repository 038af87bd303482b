package io.dcim.power.load;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.power.load.Topology.CabinetRow;
import io.dcim.power.load.Topology.SiteRow;
import io.dcim.power.load.Topology.TargetRow;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.BucketTotal;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.Resolution;
import io.dcim.power.reading.SeriesPoint;
import io.dcim.power.endpoint.TargetRole;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * Series for charts: a cabinet's draw and inlet temperature, a site's IT load and PUE, over any period in about
 * as many points as the chart is wide. The step is rounded so that the readings store answers from the coarsest
 * table that fits ({@link Resolution#forStep}): raw readings for hours, 5-minute roll-ups for days, hourly ones
 * for months and a year, so a year's chart reads some 8,760 rows per series, not a million.
 */
public final class PowerTrends {

    /** Below the poll interval a bucket holds no reading at all and the line breaks up. */
    static final Duration MIN_CABINET_STEP = Duration.ofMinutes(1);
    /** Site figures add up thousands of PDUs: only from roll-ups, never from raw readings. */
    static final Duration MIN_SITE_STEP = Duration.ofMinutes(5);
    /**
     * Beyond a day a site's chart reads the hourly roll-ups: a site-wide sum reads every PDU's row of every bucket,
     * and hourly buckets are twelve times fewer (PUE by the hour is what people compare anyway).
     */
    static final Duration MIN_SITE_STEP_BEYOND_A_DAY = Duration.ofHours(1);
    public static final int MAX_POINTS = 4_000;

    private final Database db;
    private final ReadingStore readings;
    private final LoadSettings settings;

    public PowerTrends(Database db, ReadingStore readings, LoadSettings settings) {
        this.db = db;
        this.readings = readings;
        this.settings = settings;
    }

    /**
     * The step for about {@code points} points over {@code span}: at least {@code minimum}, rounded up to whole
     * minutes (raw readings), whole 5 minutes (from an hour's span / points of 5 minutes) or whole hours (beyond),
     * so coarse steps read roll-ups.
     */
    public static Duration stepFor(Duration span, int points, Duration minimum) {
        if (points < 1 || points > MAX_POINTS) {
            throw new InvalidValueException("points", Message.of("power.trend.points", MAX_POINTS, points));
        }
        long seconds = Math.max(minimum.getSeconds(), -Math.floorDiv(-span.getSeconds(), points));
        long unit = seconds > 3_600 ? 3_600 : seconds > 300 || minimum.getSeconds() >= 300 ? 300 : 60;
        return Duration.ofSeconds(-Math.floorDiv(-seconds, unit) * unit);
    }

    /** A cabinet's draw against its contract and its hottest inlet, [from, to) in about {@code points} points. */
    public CabinetTrend cabinet(long cabinetId, Instant from, Instant to, int points) {
        checkPeriod(from, to);
        Topology topology = Topology.load(db, LoadScope.cabinet(cabinetId));
        CabinetRow cabinet = topology.theCabinet(cabinetId);
        Duration step = stepFor(Duration.between(from, to), points, MIN_CABINET_STEP);
        // The cabinet draws what its PDUs add up to; its inlet is as hot as its hottest probe.
        Map<Instant, Double> power = merged(ids(topology.targets(), TargetRole.PDU), Metrics.PDU_POWER_W, from, to, step,
                Double::sum);
        Map<Instant, Double> inlet = merged(ids(topology.targets(), TargetRole.PDU, TargetRole.SENSOR),
                Metrics.SENSOR_TEMP_C, from, to, step, Math::max);
        return new CabinetTrend(cabinet.id(), cabinet.name(), from, to, step, cabinet.contractedW(), points(power),
                points(inlet), settings.inletLowC(), settings.inletHighC());
    }

    /** The targets' series of {@code metric}, bucket by bucket, combined with {@code combine}. */
    private Map<Instant, Double> merged(List<Long> targets, String metric, Instant from, Instant to, Duration step,
            BinaryOperator<Double> combine) {
        Map<Instant, Double> merged = new TreeMap<>();
        for (long target : targets) {
            for (SeriesPoint p : readings.series(target, metric, from, to, step)) {
                merged.merge(p.bucketStart(), p.avg(), combine);
            }
        }
        return merged;
    }

    /**
     * A site's IT load and PUE, [from, to) in about {@code points} points, from the roll-ups. The PUE of a bucket
     * weighs its sub-buckets by energy, counting only those with both IT and facility readings (as
     * {@link LoadService#sitePue} does for a whole period).
     */
    public SiteTrend site(long siteId, Instant from, Instant to, int points) {
        checkPeriod(from, to);
        Topology topology = Topology.load(db, LoadScope.site(siteId));
        SiteRow site = topology.theSite(siteId);
        Duration span = Duration.between(from, to);
        Duration step = stepFor(span, points, span.compareTo(Duration.ofDays(1)) > 0 ? MIN_SITE_STEP_BEYOND_A_DAY
                : MIN_SITE_STEP);
        Resolution source = step.getSeconds() % 3_600 == 0 ? Resolution.HOURLY : Resolution.FIVE_MINUTES;
        Instant start = floor(from, step);
        List<BucketTotal> it = readings.bucketTotals(ids(topology.targets(), TargetRole.PDU), Metrics.PDU_POWER_W,
                start, to, source);
        FacilitySource facilitySource = LoadService.facilitySource(topology.targets(), t -> true);
        Map<Instant, Double> facility = switch (facilitySource) {
            case METERS -> byBucket(readings.bucketTotals(ids(topology.targets(), TargetRole.METER),
                    Metrics.SENSOR_POWER_W, start, to, source));
            case UPS_INPUT -> byBucket(readings.bucketTotals(ids(topology.targets(), TargetRole.UPS),
                    Metrics.UPS_INPUT_POWER_W, start, to, source));
            case DESIGN_PUE -> null;
        };
        double designPue = (site.designPue() == null ? settings.fallbackDesignPue() : site.designPue()).doubleValue();
        Map<Instant, double[]> buckets = new TreeMap<>();
        for (BucketTotal b : it) {
            // [IT sum, sub-buckets, IT with facility, facility]
            double[] sums = buckets.computeIfAbsent(floor(b.bucketStart(), step), k -> new double[4]);
            sums[0] += b.sumOfMeans();
            sums[1]++;
            Double f = facility == null ? Double.valueOf(b.sumOfMeans() * designPue) : facility.get(b.bucketStart());
            if (f != null) {
                sums[2] += b.sumOfMeans();
                sums[3] += f;
            }
        }
        List<TrendPoint> itW = new ArrayList<>();
        List<TrendPoint> pue = new ArrayList<>();
        buckets.forEach((at, sums) -> {
            itW.add(new TrendPoint(at, sums[0] / sums[1]));
            if (sums[2] > 0) {
                pue.add(new TrendPoint(at, sums[3] / sums[2]));
            }
        });
        return new SiteTrend(site.id(), site.name(), from, to, step, facilitySource, itW, pue);
    }

    private static void checkPeriod(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidValueException("from", Message.of("power.period.fromBeforeTo", from, to));
        }
    }

    private static List<Long> ids(Collection<TargetRow> targets, TargetRole... roles) {
        List<TargetRole> wanted = List.of(roles);
        return targets.stream().filter(t -> wanted.contains(t.role())).map(TargetRow::id).toList();
    }

    private static List<TrendPoint> points(Map<Instant, Double> values) {
        return values.entrySet().stream().map(e -> new TrendPoint(e.getKey(), e.getValue())).toList();
    }

    private static Map<Instant, Double> byBucket(List<BucketTotal> totals) {
        Map<Instant, Double> out = new TreeMap<>();
        totals.forEach(b -> out.put(b.bucketStart(), b.sumOfMeans()));
        return out;
    }

    static Instant floor(Instant t, Duration step) {
        long s = step.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), s) * s);
    }
}
