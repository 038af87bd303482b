package io.dcim.power.demo;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.power.demo.DemoInventory.Monitored;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.TargetEnergy;
import io.dcim.power.reading.TargetReading;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's power history: what the simulator would have answered over the last year, written once into a
 * database without readings, so that a fresh start shows every chart period at once instead of empty charts
 * beside a live megawatt figure until the first roll-ups.
 *
 * <p>The history is sparse on purpose. A year of 30-second polls of 400 PDUs is some 400 million readings;
 * what a chart needs is a point every few of its buckets. Each {@link Tier} writes the table a chart period reads
 * ({@code PowerTrends}: raw readings up to a day for a cabinet, 5-minute roll-ups for a site's day and a cabinet's
 * week and month, hourly ones beyond) on a grid of three chart steps at the pages' 900-pixel width, which is
 * as far apart as points may be before the chart draws a gap. All series of a tier share the grid, so a site's
 * sum over its PDUs is whole in every bucket it has. Values are the simulator's own ({@link DemoModel}); a
 * bucket holds the mean, lowest and highest of the polls it would have had, sampled.
 *
 * <p>Everything is written on a background thread, the site's day (the power page's default) first, then
 * the rest newest first, within {@link #MAX_ROWS}: start-up does not wait for it. Later roll-ups continue from the newest bucket
 * written, so live readings join the history without a seam.
 */
final class DemoPowerHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoPowerHistory.class);
    /** Beyond this (the full demo's 8,000 PDUs), older periods are left out rather than slowing the machine. */
    static final long MAX_ROWS = 2_000_000;
    /** Rows per transaction: big enough for bulk speed, small enough to let the first sweeps in between. */
    private static final int CHUNK = 20_000;
    private static final Duration POLL = Duration.ofSeconds(30);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final Duration HOUR = Duration.ofHours(1);

    /** Where a series is stored. */
    enum Table {
        RAW(Duration.ZERO), FIVE_MINUTE(FIVE_MINUTES), HOURLY(HOUR);

        final Duration bucket;

        Table(Duration bucket) {
            this.bucket = bucket;
        }
    }

    /** The series charts read: every PDU's draw and inlet, every UPS's input (facility power). */
    enum Series {
        PDU_POWER(Metrics.PDU_POWER_W, DeviceKind.PDU, 10),
        PDU_INLET(Metrics.SENSOR_TEMP_C, DeviceKind.PDU, 0.1),
        UPS_INPUT(Metrics.UPS_INPUT_POWER_W, DeviceKind.UPS, 1);

        final String metric;
        final DeviceKind kind;
        /** The profile's unit on the wire (the APC PDU reports 0.01 kW), so stored values equal polled ones. */
        final double resolution;

        Series(String metric, DeviceKind kind, double resolution) {
            this.metric = metric;
            this.kind = kind;
            this.resolution = resolution;
        }
    }

    /**
     * Points every {@code spacing} over the last {@code span} into one table. Spacings are three chart steps for
     * the pages' 900-pixel charts (780 points; PowerTrends.stepFor): a cabinet's 6 h in 1-minute steps and 24 h
     * in 2-minute ones from raw readings, its 7 d in 15-minute steps from 5-minute buckets; a site's 6 h and 24 h
     * in 5-minute steps; 7 d and 30 d hourly and a year in 12-hour steps from hourly buckets.
     */
    record Tier(String chart, Table table, Duration span, Duration spacing, Set<Series> series) {
    }

    static final List<Tier> TIERS = List.of(
            new Tier("site 6 h and 24 h", Table.FIVE_MINUTE, Duration.ofHours(24), Duration.ofMinutes(15),
                    Set.of(Series.PDU_POWER, Series.UPS_INPUT)),
            new Tier("cabinet 6 h", Table.RAW, Duration.ofHours(6), Duration.ofMinutes(3),
                    Set.of(Series.PDU_POWER, Series.PDU_INLET)),
            new Tier("cabinet 24 h", Table.RAW, Duration.ofHours(24), Duration.ofMinutes(6),
                    Set.of(Series.PDU_POWER, Series.PDU_INLET)),
            new Tier("7 d and 30 d", Table.HOURLY, Duration.ofDays(30), Duration.ofHours(3),
                    Set.of(Series.PDU_POWER, Series.PDU_INLET, Series.UPS_INPUT)),
            new Tier("cabinet 7 d", Table.FIVE_MINUTE, Duration.ofDays(7), Duration.ofMinutes(45),
                    Set.of(Series.PDU_POWER, Series.PDU_INLET)),
            new Tier("1 y", Table.HOURLY, Duration.ofDays(365), Duration.ofHours(36),
                    Set.of(Series.PDU_POWER, Series.PDU_INLET, Series.UPS_INPUT)));

    /** Complete months of energy written before the current one, so the energy report has a full year. */
    static final int ENERGY_MONTHS = 12;

    /**
     * Every hour of the current month (in the site's zone) for the series the energy report adds up: its figure is
     * computed from the hourly buckets while the month runs, so a sparse grid would show a fraction of its kWh.
     * Earlier months go in as each month's energy ({@link #writeEnergyMonths}), not as 8,760 hours of every PDU.
     */
    Tier monthToDate() {
        Instant monthStart = monthStart(now, 0);
        return new Tier("energy this month", Table.HOURLY, Duration.between(monthStart, now).plus(HOUR),
                HOUR, Set.of(Series.PDU_POWER, Series.UPS_INPUT));
    }

    /** The tiers in the order written: the month's energy hours before the sparser hourly tiers skip them. */
    List<Tier> tiers() {
        List<Tier> tiers = new ArrayList<>(TIERS);
        tiers.add(tiers.indexOf(TIERS.stream().filter(t -> t.table() == Table.HOURLY).findFirst().orElseThrow()),
                monthToDate());
        return tiers;
    }

    /** One device's series to write: its target and the simulator's signal. */
    record Source(long targetId, Series series, Monitored device) {
    }

    private final Database db;
    private final DemoModel model;
    private final List<Source> sources;
    private final Instant now;
    private final AtomicBoolean stop = new AtomicBoolean();
    /** Instants already written per table and series, so overlapping tiers never write a bucket twice. */
    private final Map<Table, Map<Series, NavigableSet<Instant>>> written = new EnumMap<>(Table.class);
    private volatile Thread background;
    private volatile long rows;

    DemoPowerHistory(Database db, DemoModel model, List<Source> sources, Clock clock) {
        this.db = db;
        this.model = model;
        this.sources = sources;
        this.now = clock.instant();
    }

    /** The sources of the demo's devices that have a target, by target name (the device's asset tag). */
    static List<Source> sources(List<Monitored> devices, Map<String, Long> targetIdsByName) {
        List<Source> out = new ArrayList<>();
        for (Monitored d : devices) {
            Long target = targetIdsByName.get(d.assetTag());
            if (target == null || (d.kind() == DeviceKind.PDU && d.cabinetId() == null)) {
                continue;
            }
            for (Series s : Series.values()) {
                if (s.kind == d.kind()) {
                    out.add(new Source(target, s, d));
                }
            }
        }
        return out;
    }

    /** True when no table holds a reading: a history is only ever written into an empty store. */
    static boolean storeIsEmpty(Database db) {
        return db.read(session -> session.doReturningWork(connection -> {
            for (String table : List.of("reading_raw", "reading_5m", "reading_1h")) {
                try (PreparedStatement any = connection.prepareStatement(
                        "select 1 from " + table + " fetch first 1 rows only"); ResultSet rs = any.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            return true;
        }));
    }

    /**
     * Starts a daemon thread that writes every tier, the site's last day first: start-up does not wait
     * for it (the power page fills within seconds). {@link #stop()} ends the thread between chunks.
     */
    void start() {
        Thread thread = new Thread(() -> writeAll(tiers()), "demo-power-history");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        background = thread;
        thread.start();
    }

    /** Waits for the background part; true when it finished within the time. */
    boolean await(Duration timeout) throws InterruptedException {
        Thread thread = background;
        if (thread != null) {
            thread.join(Math.max(1, timeout.toMillis()));
            return !thread.isAlive();
        }
        return true;
    }

    void stop() {
        stop.set(true);
        Thread thread = background;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    long rowsWritten() {
        return rows;
    }

    private void writeAll(List<Tier> tiers) {
        long started = System.nanoTime();
        List<String> skipped = new ArrayList<>();
        try {
            writeEnergyMonths();
            for (Tier tier : tiers) {
                if (stop.get()) {
                    return;
                }
                if (rows + rowsOf(tier) > MAX_ROWS) {
                    skipped.add(tier.chart());
                    continue;
                }
                write(tier);
            }
            log.info("Demo: power history written, {} rows in {} ms{}", rows, (System.nanoTime() - started) / 1_000_000,
                    skipped.isEmpty() ? "" : "; left out at this scale (over " + MAX_ROWS + " rows): " + skipped);
        } catch (RuntimeException e) {
            // A demo nicety: charts fill from live polls instead; nothing else depends on it.
            log.warn("Demo: writing the power history stopped after {} rows", rows, e);
        }
    }

    long rowsOf(Tier tier) {
        long total = 0;
        for (Series series : tier.series()) {
            total += grid(tier, series).size() * sources.stream().filter(s -> s.series() == series).count();
        }
        return total;
    }

    private void write(Tier tier) {
        long started = System.nanoTime();
        long before = rows;
        for (Series series : tier.series()) {
            // Newest first, so what is seen first (the recent hours) is there first.
            List<Instant> times = new ArrayList<>(grid(tier, series).descendingSet());
            List<Source> wanted = sources.stream().filter(s -> s.series() == series).toList();
            int perChunk = Math.max(1, CHUNK / Math.max(1, wanted.size()));
            for (int from = 0; from < times.size() && !stop.get(); from += perChunk) {
                List<Instant> slice = times.subList(from, Math.min(times.size(), from + perChunk));
                rows += tier.table() == Table.RAW ? writeRaw(wanted, slice) : writeBuckets(wanted, slice, tier.table());
                writtenOf(tier.table(), series).addAll(slice);
            }
        }
        log.info("Demo: power history for the {} chart: {} rows in {} ms", tier.chart(), rows - before,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The {@value #ENERGY_MONTHS} complete months before this one, as the energy each PDU and UPS delivered in them
     * (its mean draw in the model times the month's hours): {@value #ENERGY_MONTHS} rows per device where hourly
     * buckets would be some 8,760, which at the small demo's 400 PDUs is 3.5 million rows at every first start.
     */
    private void writeEnergyMonths() {
        long started = System.nanoTime();
        ReadingStore store = new ReadingStore(db, Clock.systemUTC());
        long before = rows;
        for (int back = ENERGY_MONTHS; back >= 1 && !stop.get(); back--) {
            Instant from = monthStart(now, back);
            Instant to = monthStart(now, back - 1);
            int hours = (int) Duration.between(from, to).toHours();
            for (Series series : List.of(Series.PDU_POWER, Series.UPS_INPUT)) {
                Map<Long, TargetEnergy> energy = new HashMap<>();
                sources.stream().filter(s -> s.series() == series).forEach(s -> energy.put(s.targetId(),
                        new TargetEnergy(s.targetId(), model.meanWatts(s.device(), series.metric) * hours, 0, hours)));
                store.keepEnergy(series.metric, series == Series.PDU_POWER ? Metrics.PDU_ENERGY_WH : null, from, to,
                        energy);
                rows += energy.size();
            }
        }
        log.info("Demo: energy of the last {} months: {} rows in {} ms", ENERGY_MONTHS, rows - before,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Midnight of the first of the month {@code back} months before the one {@code t} falls in, in the site's zone. */
    private Instant monthStart(Instant t, int back) {
        return YearMonth.from(t.atZone(model.zone())).minusMonths(back).atDay(1).atStartOfDay(model.zone())
                .toInstant();
    }

    /** The tier's instants not yet written for the series by an earlier tier on the same table. */
    private NavigableSet<Instant> grid(Tier tier, Series series) {
        long spacing = tier.spacing().getSeconds();
        Instant newest = tier.table() == Table.RAW ? now.minusSeconds(1)
                : now.minus(tier.table().bucket); // only complete buckets, as roll-ups write them
        long last = Math.floorDiv(newest.getEpochSecond(), spacing) * spacing;
        Instant oldest = now.minus(tier.span());
        NavigableSet<Instant> grid = new TreeSet<>();
        for (long t = last; t > oldest.getEpochSecond(); t -= spacing) {
            grid.add(Instant.ofEpochSecond(t));
        }
        grid.removeAll(writtenOf(tier.table(), series));
        return grid;
    }

    private NavigableSet<Instant> writtenOf(Table table, Series series) {
        return written.computeIfAbsent(table, k -> new EnumMap<>(Series.class))
                .computeIfAbsent(series, k -> new TreeSet<>());
    }

    private int writeRaw(List<Source> toWrite, List<Instant> times) {
        List<TargetReading> readings = new ArrayList<>(toWrite.size() * times.size());
        for (Instant t : times) {
            for (Source s : toWrite) {
                readings.add(new TargetReading(s.targetId(), s.series().metric, t, value(s, t)));
            }
        }
        return new ReadingStore(db, Clock.systemUTC()).append(readings);
    }

    private int writeBuckets(List<Source> toWrite, List<Instant> times, Table target) {
        String table = target == Table.HOURLY ? "reading_1h" : "reading_5m";
        Duration length = target.bucket;
        // A 5-minute bucket's ten polls are each sampled; an hour's 120 polls every 5 minutes (noise averages out).
        Duration sampleEvery = target == Table.HOURLY ? FIVE_MINUTES : POLL;
        int samples = (int) (length.getSeconds() / sampleEvery.getSeconds());
        int polls = (int) (length.getSeconds() / POLL.getSeconds());
        int stored = db.inTransaction(session -> session.doReturningWork(connection -> {
            // A bucket the live roll-up has already written (the writer's own raw readings of the last hours, rolled
            // up while it writes) stays as it is: the history only fills what is missing, on H2 and PostgreSQL alike.
            try (PreparedStatement insert = connection.prepareStatement("merge into " + table + " t using (select"
                    + " cast(? as bigint) as target_id, cast(? as varchar(120)) as metric,"
                    + " cast(? as timestamp with time zone) as bucket_start, cast(? as double precision) as min_value,"
                    + " cast(? as double precision) as avg_value, cast(? as double precision) as max_value,"
                    + " cast(? as integer) as sample_count) s"
                    + " on (t.target_id = s.target_id and t.metric = s.metric and t.bucket_start = s.bucket_start)"
                    + " when not matched then insert (target_id, metric, bucket_start, min_value, avg_value, max_value,"
                    + " sample_count) values (s.target_id, s.metric, s.bucket_start, s.min_value, s.avg_value,"
                    + " s.max_value, s.sample_count)")) {
                int count = 0;
                for (Instant start : times) {
                    OffsetDateTime at = OffsetDateTime.ofInstant(start, ZoneOffset.UTC);
                    for (Source s : toWrite) {
                        double min = Double.MAX_VALUE;
                        double max = -Double.MAX_VALUE;
                        double sum = 0;
                        for (int i = 0; i < samples; i++) {
                            double v = value(s, start.plus(sampleEvery.multipliedBy(i)));
                            min = Math.min(min, v);
                            max = Math.max(max, v);
                            sum += v;
                        }
                        insert.setLong(1, s.targetId());
                        insert.setString(2, s.series().metric);
                        insert.setObject(3, at);
                        insert.setDouble(4, min);
                        insert.setDouble(5, sum / samples);
                        insert.setDouble(6, max);
                        insert.setInt(7, polls);
                        insert.addBatch();
                        if (++count % 1_000 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
                return count;
            }
        }));
        return stored;
    }

    /** What a poll at {@code t} would have stored: the simulator's value in the profile's unit. */
    private double value(Source s, Instant t) {
        double v = model.signal(s.device()).value(s.series().metric, "", t);
        return Math.round(v / s.series().resolution) * s.series().resolution;
    }
}
