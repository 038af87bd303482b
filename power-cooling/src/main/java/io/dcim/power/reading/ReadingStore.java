package io.dcim.power.reading;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the SNMP poller read, at three resolutions: raw readings as polled, complete 5-minute buckets and
 * complete hourly buckets (min, mean, max, count). Appends are bulk JDBC, roll-ups and purges are SQL run
 * by a scheduled job, series and latest values serve charts and power maps.
 *
 * <p>Roll-ups and purges are meant to run one at a time (one scheduled job); appends may run alongside.
 */
public final class ReadingStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReadingStore.class);

    /**
     * How far back {@link #latest(Collection, String)} looks: twice the longest poll interval a target may
     * have (one hour), so a target being polled always has a reading in it, and a reading older than this is
     * no current value for a power map.
     */
    public static final Duration LATEST_WINDOW = Duration.ofHours(2);
    /** More points than this in one series is a mistake in the step, not a chart. */
    public static final int MAX_POINTS = 100_000;

    private final Database db;
    private final Clock clock;
    private final Rollups rollups;
    private final ReadingQueries queries;
    private final EnergyMonths energy;
    private final RawPartitions partitions;

    public ReadingStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.rollups = new Rollups(db);
        this.queries = new ReadingQueries(db);
        this.energy = new EnergyMonths(db, new EnergyTotals(db));
        this.partitions = new RawPartitions(db);
    }

    /**
     * Stores readings in one transaction: COPY on PostgreSQL, batches of {@value ReadingWriter#BATCH_SIZE}
     * inserts on H2. A series holds one reading per instant (the database's unique key): when some of the
     * readings are stored already (a poll stored twice, by two nodes in a hand-over gone wrong), the others are
     * stored, row by row, and the ones already there are left as they are.
     *
     * @return the number of readings stored
     */
    public int append(Collection<TargetReading> readings) {
        if (readings.isEmpty()) {
            return 0;
        }
        try {
            return Jdbc.inTransaction(db, connection -> ReadingWriter.append(connection, readings));
        } catch (RuntimeException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            int stored = Jdbc.inTransaction(db, connection -> ReadingWriter.appendMissing(connection, readings));
            log.warn("{} of {} readings were stored already and were not stored again", readings.size() - stored,
                    readings.size());
            return stored;
        }
    }

    /**
     * Stores the readings not stored yet, in the caller's transaction when one is open (joined, so a remote
     * collector's batch is stored with its sequence number or not at all): a replayed batch stores none. The
     * series already stored are found first, by target and time range, and the rest appended in bulk.
     *
     * @return the number of readings stored
     */
    public int appendNew(Collection<TargetReading> readings) {
        if (readings.isEmpty()) {
            return 0;
        }
        return Jdbc.inTransaction(db, connection -> {
            java.util.Set<TargetReading> stored = stored(connection, readings);
            java.util.Map<String, TargetReading> fresh = new java.util.LinkedHashMap<>();
            for (TargetReading r : readings) {
                if (!stored.contains(key(r))) {
                    fresh.putIfAbsent(r.targetId() + "\u0000" + r.metric() + "\u0000" + r.at(), r);
                }
            }
            return ReadingWriter.append(connection, fresh.values());
        });
    }

    /** The readings' series-and-instant keys already in {@code reading_raw}, values zeroed. */
    private static java.util.Set<TargetReading> stored(java.sql.Connection connection,
                                                       Collection<TargetReading> readings) throws java.sql.SQLException {
        java.util.Set<Long> targets = new java.util.TreeSet<>();
        Instant from = null;
        Instant to = null;
        for (TargetReading r : readings) {
            targets.add(r.targetId());
            from = from == null || r.at().isBefore(from) ? r.at() : from;
            to = to == null || r.at().isAfter(to) ? r.at() : to;
        }
        String sql = "select target_id, metric, at from reading_raw where at between ? and ? and target_id in ("
                + String.join(", ", java.util.Collections.nCopies(targets.size(), "?")) + ")";
        java.util.Set<TargetReading> keys = new java.util.HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            Jdbc.setInstant(query, 1, from);
            Jdbc.setInstant(query, 2, to);
            int p = 3;
            for (Long id : targets) {
                query.setLong(p++, id);
            }
            try (java.sql.ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    keys.add(new TargetReading(rs.getLong(1), rs.getString(2), Jdbc.getInstant(rs, 3), 0));
                }
            }
        }
        return keys;
    }

    private static TargetReading key(TargetReading r) {
        return new TargetReading(r.targetId(), r.metric(), r.at(), 0);
    }

    /**
     * Rolls raw readings up into 5-minute buckets and those into hourly ones, from where the last roll-up
     * stopped (recomputing its last {@link Rollups#LOOKBACK} for late readings) to the last bucket complete at
     * {@code until}. Run it a little after a bucket closes (e.g. every 5 minutes with until = now - 1 minute)
     * so that sweeps still writing have landed. Re-running replaces buckets, it never adds to them.
     */
    public RollupResult rollUp(Instant until) {
        return rollups.rollUp(until);
    }

    /**
     * Recomputes every bucket complete at {@code until} from {@code from}: for readings that arrived later than
     * the look-back, or a backfill. The raw readings of the range must still be there (within retention).
     */
    public RollupResult rollUp(Instant from, Instant until) {
        if (!from.isBefore(until)) {
            throw new InvalidValueException("from", Message.of("power.reading.rollUpPeriod", until, from));
        }
        return rollups.rollUp(from, until);
    }

    /**
     * Removes what the policy no longer keeps: from each table, everything before the whole hour at or before
     * {@code now - retention}. Cutting at whole hours keeps up to an hour more than asked, and means a bucket
     * is never left with part of the finer data it was computed from: a later recompute over old times finds
     * all of an hour's readings or none, and never replaces a bucket with a partial one.
     *
     * <p>On PostgreSQL raw readings go by whole UTC days instead: the daily partitions that end at or before that
     * hour are dropped (no row-by-row delete), so a day's readings stay until the whole day is past the retention,
     * up to a day more than asked; rows in the default partition before that hour are deleted.
     */
    public PurgeResult purge(Instant now, RetentionPolicy policy) {
        long raw;
        List<String> dropped = List.of();
        if (partitions.applies()) {
            RawPartitions.Purged purged = partitions.purge(rawCut(now, policy));
            raw = purged.deletedFromDefault();
            dropped = purged.dropped();
        } else {
            raw = delete(Resolution.RAW, now.minus(policy.raw()));
        }
        long five = delete(Resolution.FIVE_MINUTES, now.minus(policy.fiveMinute()));
        long hourly = delete(Resolution.HOURLY, now.minus(policy.hourly()));
        return new PurgeResult(raw, five, hourly, dropped);
    }

    /**
     * On PostgreSQL, makes the daily partitions of raw readings ahead (today and the next
     * {@value RawPartitions#DAYS_AHEAD} days), and moves readings that landed in the default partition into
     * their day's partition, made for them, when the policy still keeps that day. Nothing on H2.
     */
    public PartitionReport preparePartitions(Instant now, RetentionPolicy policy) {
        return partitions.applies() ? partitions.prepare(now, rawCut(now, policy)) : PartitionReport.NONE;
    }

    private static Instant rawCut(Instant now, RetentionPolicy policy) {
        return Resolution.floor(now.minus(policy.raw()), Resolution.HOURLY.length());
    }

    /**
     * The metric of one target from {@code from} to {@code to} in points {@code step} apart. Buckets are
     * multiples of the step since the epoch (so days are UTC days), covering [from, to) whole: the first
     * starts at or before {@code from}. Read from the coarsest table that fits ({@link Resolution#forStep}):
     * the hourly table for whole hours, the 5-minute one for multiples of 5 minutes, raw readings otherwise.
     * Buckets not yet rolled up (the current hour, say) are missing from the coarser tables.
     */
    public List<SeriesPoint> series(long targetId, String metric, Instant from, Instant to, Duration step) {
        if (step == null || step.getSeconds() < 1 || step.getNano() != 0) {
            throw new InvalidValueException("step", Message.of("power.reading.step", step));
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidValueException("from", Message.of("power.period.fromBeforeTo", from, to));
        }
        Instant start = Resolution.floor(from, step);
        Instant end = Resolution.ceil(to, step);
        long points = Duration.between(start, end).getSeconds() / step.getSeconds();
        if (points > MAX_POINTS) {
            throw new InvalidValueException("step", Message.of("power.reading.tooManyPoints", step, from, to, points,
                    MAX_POINTS));
        }
        return queries.series(targetId, metric, start, end, step, Resolution.forStep(step));
    }

    /**
     * For each bucket of {@code resolution} starting in [from, to), the sum over the given targets of their
     * mean of the metric in that bucket; one query whatever the number of targets. Only rolled-up buckets
     * are there (not the current hour, say). Raw resolution is refused: it has no buckets.
     */
    public List<BucketTotal> bucketTotals(Collection<Long> targetIds, String metric, Instant from, Instant to,
                                         Resolution resolution) {
        if (resolution == Resolution.RAW) {
            throw new InvalidValueException("resolution", Message.of("power.reading.rawHasNoBuckets"));
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidValueException("from", Message.of("power.period.fromBeforeTo", from, to));
        }
        return queries.bucketTotals(targetIds, metric, from, to, resolution);
    }

    /**
     * The energy each target delivered in the hourly buckets starting in [from, to): from its energy counter
     * ({@code counterMetric}, Wh) in the hours it has one, else from its mean power ({@code powerMetric}, W);
     * see {@link EnergyTotals}. {@code counterMetric} may be null for targets that meter no energy. Targets
     * without any bucket in the period are absent. One query whatever the number of targets.
     */
    public Map<Long, TargetEnergy> energy(Collection<Long> targetIds, String powerMetric, String counterMetric,
                                          Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidValueException("from", Message.of("power.period.fromBeforeTo", from, to));
        }
        return energy(targetIds, powerMetric, counterMetric, List.of(from, to)).get(0);
    }

    /**
     * As {@link #energy(Collection, String, String, Instant, Instant)} for consecutive periods at once, [bounds[i],
     * bounds[i + 1]) each, in order. Periods over for a while are read from the energy kept per period (see
     * {@link EnergyMonths}), computed once from the hourly roll-ups; the current one is computed each time.
     */
    public List<Map<Long, TargetEnergy>> energy(Collection<Long> targetIds, String powerMetric, String counterMetric,
                                                List<Instant> bounds) {
        for (int i = 0; i + 1 < bounds.size(); i++) {
            if (bounds.get(i) == null || bounds.get(i + 1) == null || !bounds.get(i).isBefore(bounds.get(i + 1))) {
                throw new InvalidValueException("from", Message.of("power.period.fromBeforeTo", bounds.get(i),
                        bounds.get(i + 1)));
            }
        }
        if (bounds.size() < 2) {
            return List.of();
        }
        return energy.byPeriod(targetIds, powerMetric, counterMetric, bounds, clock.instant());
    }

    /**
     * Records what targets delivered over a period that is over, as if computed from hourly buckets: a demo's
     * history, whose older hours are too many to write one by one. Replaces what was kept for the period; the next
     * roll-up over one of its hours drops it.
     */
    public void keepEnergy(String powerMetric, String counterMetric, Instant from, Instant to,
                           Map<Long, TargetEnergy> energy) {
        Jdbc.inTransaction(db, connection -> {
            EnergyMonths.write(connection, energy.keySet(), EnergyTotals.checked(powerMetric),
                    counterMetric == null ? "" : EnergyTotals.checked(counterMetric), from, to,
                    energy);
            EnergyMonths.forgetTenants(connection, from, to);
            return null;
        });
    }

    /**
     * Whether a period ending at {@code end} is over and settled: its energy is kept (see {@link EnergyMonths}), and
     * figures derived from it may be kept too.
     */
    public boolean settled(Instant end) {
        return !end.isAfter(clock.instant().minus(EnergyMonths.SETTLED));
    }

    /** The newest reading of the metric for each target that has one in the last {@link #LATEST_WINDOW}. */
    public Map<Long, LatestReading> latest(Collection<Long> targetIds, String metric) {
        return latest(targetIds, metric, clock.instant().minus(LATEST_WINDOW));
    }

    /** The newest reading of the metric at or after {@code notBefore}, for each target that has one; one query. */
    public Map<Long, LatestReading> latest(Collection<Long> targetIds, String metric, Instant notBefore) {
        return queries.latest(targetIds, metric, notBefore);
    }

    /**
     * The newest reading of each of the target's metrics whose key starts with the prefix, within the last
     * {@link #LATEST_WINDOW}, by metric key: the rows of a per-row metric, such as a server's GPUs
     * ({@code gpu.power.w[}).
     */
    public Map<String, LatestReading> latestOfTarget(long targetId, String metricPrefix) {
        return queries.latestOfTarget(targetId, metricPrefix, clock.instant().minus(LATEST_WINDOW));
    }

    /**
     * Removes every reading of a target, in the caller's transaction when one is open (a target being
     * deleted).
     */
    public void forgetTarget(long targetId) {
        Jdbc.inTransaction(db, connection -> {
            for (Resolution r : Resolution.values()) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from " + r.table() + " where target_id = ?")) {
                    delete.setLong(1, targetId);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from energy_month where target_id = ?")) {
                delete.setLong(1, targetId);
                delete.executeUpdate();
            }
            // Every kept tenants' month of its site was attributed from its energy; a removal is rare, so all go.
            try (PreparedStatement delete = connection.prepareStatement("delete from energy_tenant_month")) {
                delete.executeUpdate();
            }
            return null;
        });
    }

    private long delete(Resolution resolution, Instant cut) {
        Instant before = Resolution.floor(cut, Resolution.HOURLY.length());
        String sql = "delete from " + resolution.table() + " where " + resolution.timeColumn() + " < ?";
        return Jdbc.inTransaction(db, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                Jdbc.setInstant(delete, 1, before);
                return (long) delete.executeUpdate();
            }
        });
    }
}
