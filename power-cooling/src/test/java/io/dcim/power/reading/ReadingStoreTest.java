package io.dcim.power.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ReadingStoreTest {

    private static final Instant T0 = Instant.parse("2025-01-15T08:00:00Z");
    private static final String POWER = "pdu.power.w";

    @BothDatabases
    void appendedReadingsComeBackAsARawSeries(Database db) {
        ReadingStore store = new ReadingStore(db, new MutableClock(T0));
        Instant precise = T0.plusNanos(123_456_789);
        store.append(List.of(reading(1, POWER, precise, 3520.5), reading(1, POWER, T0.plusSeconds(30), 3600),
                reading(1, "pdu.phase.current.a[1]", T0, 15.3), reading(2, POWER, T0, 1.0)));

        List<SeriesPoint> series = store.series(1, POWER, T0, T0.plusSeconds(60), Duration.ofSeconds(1));

        assertThat(series).containsExactly(
                new SeriesPoint(T0, 3520.5, 3520.5, 3520.5, 1),
                new SeriesPoint(T0.plusSeconds(30), 3600, 3600, 3600, 1));
        assertThat(rawTimes(db, 1, POWER)).containsExactly(T0.plusNanos(123_456_000), T0.plusSeconds(30));
    }

    @BothDatabases
    void aReadingStoredAlreadyIsKeptOnceWhileTheRestOfItsBatchIsStored(Database db) {
        ReadingStore store = new ReadingStore(db, new MutableClock(T0));
        store.append(List.of(reading(1, POWER, T0, 3520.5)));

        int stored = store.append(List.of(reading(1, POWER, T0, 9999), reading(1, POWER, T0.plusSeconds(30), 3600),
                reading(2, POWER, T0, 1.0)));

        assertThat(stored).isEqualTo(2);
        assertThat(rawTimes(db, 1, POWER)).containsExactly(T0, T0.plusSeconds(30));
        assertThat(store.series(1, POWER, T0, T0.plusSeconds(1), Duration.ofSeconds(1)))
                .as("the first reading stays as it was stored").extracting(SeriesPoint::avg).containsExactly(3520.5);
        assertThat(rawTimes(db, 2, POWER)).containsExactly(T0);
    }

    @BothDatabases
    void appendsManyReadingsInBatchesAndKeepsOddMetricNamesIntact(Database db) {
        ReadingStore store = new ReadingStore(db, new MutableClock(T0));
        String odd = "sensor.temp.c[back\\slash 'quoted' \u00b0]";
        List<TargetReading> readings = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            readings.add(reading(i % 50, odd, T0.plusSeconds(i / 50), i * 0.25));
        }

        assertThat(store.append(readings)).isEqualTo(2_500);

        assertThat(Jdbc.inTransaction(db, ReadingWriter::usesCopy)).as("COPY on PostgreSQL, batches on H2")
                .isEqualTo(db.kind() == DatabaseKind.POSTGRESQL);
        assertThat(count(db, "reading_raw")).isEqualTo(2_500);
        List<SeriesPoint> target7 = store.series(7, odd, T0, T0.plusSeconds(50), Duration.ofSeconds(50));
        assertThat(target7).hasSize(1);
        assertThat(target7.get(0).count()).isEqualTo(50);
        assertThat(target7.get(0).min()).isEqualTo(7 * 0.25);
        assertThat(target7.get(0).max()).isEqualTo((49 * 50 + 7) * 0.25);
    }

    @BothDatabases
    void rollsUpIntoFiveMinuteAndHourlyBucketsWithTheirMinMeanAndMax(Database db) {
        ReadingStore store = new ReadingStore(db, new MutableClock(T0));
        // 08:00-08:05: 10, 20, 30, 40 -> min 10, mean 25, max 40; 08:05-08:10: 100, 50 -> 50, 75, 100;
        // 08:55-09:00: 1 (alone). Hour 08:00: 7 readings, sum 251 -> mean 35.857...
        store.append(List.of(
                reading(1, POWER, T0, 10), reading(1, POWER, T0.plusSeconds(60), 20),
                reading(1, POWER, T0.plusSeconds(150), 30), reading(1, POWER, T0.plusSeconds(299), 40),
                reading(1, POWER, T0.plusSeconds(300), 100), reading(1, POWER, T0.plusSeconds(599), 50),
                reading(1, POWER, T0.plusSeconds(55 * 60 + 10), 1),
                reading(2, POWER, T0.plusSeconds(10), 7)));

        RollupResult result = store.rollUp(T0.plus(Duration.ofHours(1)));

        assertThat(result.fiveMinuteBuckets()).isEqualTo(4);
        assertThat(result.hourlyBuckets()).isEqualTo(2);
        assertThat(store.series(1, POWER, T0, T0.plus(Duration.ofHours(1)), Duration.ofMinutes(5))).containsExactly(
                new SeriesPoint(T0, 10, 25, 40, 4),
                new SeriesPoint(T0.plusSeconds(300), 50, 75, 100, 2),
                new SeriesPoint(T0.plusSeconds(55 * 60), 1, 1, 1, 1));
        List<SeriesPoint> hourly = store.series(1, POWER, T0, T0.plus(Duration.ofHours(1)), Duration.ofHours(1));
        assertThat(hourly).hasSize(1);
        assertThat(hourly.get(0).bucketStart()).isEqualTo(T0);
        assertThat(hourly.get(0).min()).isEqualTo(1);
        assertThat(hourly.get(0).max()).isEqualTo(100);
        assertThat(hourly.get(0).count()).isEqualTo(7);
        assertThat(hourly.get(0).avg()).isCloseTo(251.0 / 7, within(1e-9));
        assertThat(store.series(2, POWER, T0, T0.plus(Duration.ofHours(1)), Duration.ofHours(1)))
                .containsExactly(new SeriesPoint(T0, 7, 7, 7, 1));
    }

    @BothDatabases
    void rollingUpAgainNeverCountsAReadingTwice(Database db) {
        ReadingStore store = new ReadingStore(db, new MutableClock(T0));
        store.append(everyThirtySeconds(1, T0, Duration.ofHours(2), i -> i));
        Instant until = T0.plus(Duration.ofHours(2));

        store.rollUp(until);
        List<SeriesPoint> first = hourlyAndFive(store, until);
        store.rollUp(until);
        store.rollUp(T0, until);
        store.rollUp(until.plusSeconds(1));

        assertThat(hourlyAndFive(store, until)).isEqualTo(first);
        assertThat(count(db, "reading_5m")).isEqualTo(24);
        assertThat(count(db, "reading_1h")).isEqualTo(2);
        assertThat(store.series(1, POWER, T0, until, Duration.ofHours(1)))
                .extracting(SeriesPoint::count).containsExactly(120L, 120L);
    }

    @BothDatabases
    void writesOnlyBucketsThatAreCompleteAndCutsThemExactlyAtTheirBoundaries(Database db) {
        ReadingStore store = new ReadingStore(db, new MutableClock(T0));
        store.append(List.of(
                reading(1, POWER, T0.minusNanos(1_000), 1),          // 07:59:59.999999: the 07:55 bucket
                reading(1, POWER, T0, 2),                            // 08:00:00 exactly: the 08:00 bucket
                reading(1, POWER, T0.plusSeconds(300).minusNanos(1_000), 3),
                reading(1, POWER, T0.plusSeconds(300), 4)));         // the 08:05 bucket, not complete yet

        RollupResult result = store.rollUp(T0.plusSeconds(599));

        assertThat(result.fiveMinuteTo()).isEqualTo(T0.plusSeconds(300));
        assertThat(store.series(1, POWER, T0.minusSeconds(300), T0.plusSeconds(600), Duration.ofMinutes(5)))
                .containsExactly(
                        new SeriesPoint(T0.minusSeconds(300), 1, 1, 1, 1),
                        new SeriesPoint(T0, 2, 2.5, 3, 2));
        assertThat(count(db, "reading_1h")).as("the hour from 07:00 ends at 08:00, the 5-minute buckets only")
                .isEqualTo(1);

        store.rollUp(T0.plusSeconds(600));

        assertThat(store.series(1, POWER, T0.plusSeconds(300), T0.plusSeconds(600), Duration.ofMinutes(5)))
                .containsExactly(new SeriesPoint(T0.plusSeconds(300), 4, 4, 4, 1));
        assertThat(store.series(1, POWER, T0, T0.plusSeconds(3600), Duration.ofHours(1)))
                .as("the 08:00 hour is not complete").isEmpty();
    }

    @BothDatabases
    void aLaterRollUpPicksUpReadingsThatArrivedLateWithinTheLookBack(Database db) {
        ReadingStore store = new ReadingStore(db, new MutableClock(T0));
        store.append(List.of(reading(1, POWER, T0, 10)));
        store.rollUp(T0.plusSeconds(600));

        store.append(List.of(reading(1, POWER, T0.plusSeconds(60), 30)));   // a sweep that wrote late
        store.rollUp(T0.plusSeconds(900));

        assertThat(store.series(1, POWER, T0, T0.plusSeconds(300), Duration.ofMinutes(5)))
                .containsExactly(new SeriesPoint(T0, 10, 20, 30, 2));
    }

    @BothDatabases
    void purgeKeepsWhatTheRetentionPolicySaysCuttingAtWholeHours(Database db) {
        ReadingStore store = new ReadingStore(db, new MutableClock(T0));
        Instant now = Instant.parse("2025-06-01T00:20:00Z");
        Instant rawCut = Instant.parse("2025-05-25T00:00:00Z");     // now - 7 days, down to the hour
        store.append(List.of(reading(1, POWER, rawCut.minusNanos(1_000), 1), reading(1, POWER, rawCut, 2),
                reading(1, POWER, now.minus(Duration.ofDays(7)).minusSeconds(1), 3), reading(1, POWER, now, 4)));
        Instant fiveCut = Instant.parse("2025-03-03T00:00:00Z");    // now - 90 days, down to the hour
        insertBucket(db, "reading_5m", fiveCut.minusSeconds(300), 1);
        insertBucket(db, "reading_5m", fiveCut, 2);
        Instant hourCut = Resolution.floor(now.minus(Duration.ofDays(1096)), Duration.ofHours(1));
        insertBucket(db, "reading_1h", hourCut.minusSeconds(3600), 1);
        insertBucket(db, "reading_1h", hourCut, 2);

        PurgeResult purged = store.purge(now, RetentionPolicy.DEFAULT);

        assertThat(purged).isEqualTo(new PurgeResult(1, 1, 1));
        assertThat(rawTimes(db, 1, POWER)).as("the reading 7 days and 1 s old is in the hour that is kept whole")
                .containsExactly(rawCut, now.minus(Duration.ofDays(7)).minusSeconds(1), now);
        assertThat(count(db, "reading_5m")).isEqualTo(1);
        assertThat(count(db, "reading_1h")).isEqualTo(1);
        assertThat(store.purge(now, RetentionPolicy.DEFAULT)).isEqualTo(new PurgeResult(0, 0, 0));
    }

    @BothDatabases
    void seriesReadTheCoarsestTableThatFitsTheStepAndReBucketIt(Database db) {
        ReadingStore store = new ReadingStore(db, new MutableClock(T0));
        // A day of hourly buckets only (raw and 5-minute long purged): hour h has min h, mean h + 0.5, max h + 1.
        for (int h = 0; h < 24; h++) {
            insertBucket(db, "reading_1h", T0.plus(Duration.ofHours(h)), h, h + 0.5, h + 1, h % 2 == 0 ? 1 : 3);
        }

        List<SeriesPoint> sixHourly = store.series(1, POWER, T0, T0.plus(Duration.ofDays(1)), Duration.ofHours(6));

        // On a 6-hour grid from the epoch a day from 08:00 touches five buckets: 06:00, 12:00, 18:00, 00:00, 06:00.
        assertThat(sixHourly).extracting(SeriesPoint::count).containsExactly(8L, 12L, 12L, 12L, 4L);
        SeriesPoint first = sixHourly.get(0);
        assertThat(first.bucketStart()).isEqualTo(Instant.parse("2025-01-15T06:00:00Z"));
        // hours 0..3 (08:00-11:00) with counts 1,3,1,3: weighted mean (0.5 + 3*1.5 + 2.5 + 3*3.5) / 8 = 2.25
        assertThat(first.min()).isEqualTo(0);
        assertThat(first.max()).isEqualTo(4);
        assertThat(first.count()).isEqualTo(8);
        assertThat(first.avg()).isCloseTo(2.25, within(1e-9));
        assertThat(store.series(1, POWER, T0, T0.plus(Duration.ofDays(1)), Duration.ofMinutes(5)))
                .as("5-minute steps read the 5-minute table, which is empty").isEmpty();
        assertThat(Resolution.forStep(Duration.ofMinutes(90))).isEqualTo(Resolution.FIVE_MINUTES);
        assertThat(Resolution.forStep(Duration.ofMinutes(7))).isEqualTo(Resolution.RAW);
        assertThat(Resolution.forStep(Duration.ofDays(1))).isEqualTo(Resolution.HOURLY);
    }

    @Test
    void refusesSeriesThatAreNotChartsAndReadingsThatAreNotNumbers() {
        ReadingStore store = new ReadingStore(null, new MutableClock(T0));
        assertThatThrownBy(() -> store.series(1, POWER, T0, T0.plus(Duration.ofDays(365)), Duration.ofSeconds(30)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("step:").hasMessageContaining("points");
        assertThatThrownBy(() -> store.series(1, POWER, T0, T0, Duration.ofMinutes(5)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("from:");
        assertThatThrownBy(() -> store.series(1, POWER, T0, T0.plusSeconds(10), Duration.ofMillis(500)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("step:");
        assertThatThrownBy(() -> reading(1, POWER, T0, Double.NaN))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("value:");
        assertThatThrownBy(() -> reading(1, "bad\tname", T0, 1))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("metric:");
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ofMinutes(10), Duration.ofDays(1), Duration.ofDays(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("raw:");
    }

    @BothDatabases
    void latestGivesTheNewestReadingOfEveryTargetInOneQuery(Database db) {
        MutableClock clock = new MutableClock(T0.plus(Duration.ofMinutes(10)));
        ReadingStore store = new ReadingStore(db, clock);
        List<TargetReading> readings = new ArrayList<>();
        for (long target = 1; target <= 2_500; target++) {
            for (int i = 0; i < 3; i++) {
                readings.add(reading(target, POWER, T0.plusSeconds(30L * i), target * 10 + i));
            }
            readings.add(reading(target, "pdu.inlet.current.a", T0.plusSeconds(600), -1));
        }
        readings.add(reading(9_999, POWER, T0.minus(Duration.ofHours(3)), 1));   // older than the window
        store.append(readings);

        Map<Long, LatestReading> latest = store.latest(
                LongStream.rangeClosed(1, 2_600).boxed().toList(), POWER);
        Map<Long, LatestReading> stale = store.latest(List.of(9_999L), POWER);

        assertThat(latest).hasSize(2_500);
        assertThat(latest.get(1L)).isEqualTo(new LatestReading(1, T0.plusSeconds(60), 12));
        assertThat(latest.get(2_500L)).isEqualTo(new LatestReading(2_500, T0.plusSeconds(60), 25_002));
        assertThat(stale).isEmpty();
        assertThat(store.latest(List.of(9_999L), POWER, T0.minus(Duration.ofDays(1))))
                .containsEntry(9_999L, new LatestReading(9_999, T0.minus(Duration.ofHours(3)), 1));
        assertThat(store.latest(List.of(), POWER)).isEmpty();
    }

    @BothDatabases
    void forgettingATargetRemovesItsReadingsAtEveryResolution(Database db) {
        ReadingStore store = new ReadingStore(db, new MutableClock(T0));
        store.append(everyThirtySeconds(1, T0, Duration.ofHours(1), i -> i));
        store.append(everyThirtySeconds(2, T0, Duration.ofHours(1), i -> i));
        store.rollUp(T0.plus(Duration.ofHours(1)));

        store.forgetTarget(1);

        assertThat(store.series(1, POWER, T0, T0.plus(Duration.ofHours(1)), Duration.ofSeconds(60))).isEmpty();
        assertThat(store.series(1, POWER, T0, T0.plus(Duration.ofHours(1)), Duration.ofHours(1))).isEmpty();
        assertThat(store.series(2, POWER, T0, T0.plus(Duration.ofHours(1)), Duration.ofHours(1))).hasSize(1);
    }

    static TargetReading reading(long target, String metric, Instant at, double value) {
        return new TargetReading(target, metric, at, value);
    }

    static List<TargetReading> everyThirtySeconds(long target, Instant from, Duration span,
                                                  java.util.function.IntToDoubleFunction value) {
        List<TargetReading> out = new ArrayList<>();
        for (int i = 0; i < span.getSeconds() / 30; i++) {
            out.add(reading(target, POWER, from.plusSeconds(30L * i), value.applyAsDouble(i)));
        }
        return out;
    }

    private static List<SeriesPoint> hourlyAndFive(ReadingStore store, Instant until) {
        List<SeriesPoint> all = new ArrayList<>(store.series(1, POWER, T0, until, Duration.ofMinutes(5)));
        all.addAll(store.series(1, POWER, T0, until, Duration.ofHours(1)));
        return all;
    }

    private static List<Instant> rawTimes(Database db, long target, String metric) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "select at from reading_raw where target_id = ? and metric = ? order by at")) {
                q.setLong(1, target);
                q.setString(2, metric);
                List<Instant> times = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        times.add(Jdbc.getInstant(rs, 1));
                    }
                }
                return times;
            }
        });
    }

    static long count(Database db, String table) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement q = c.prepareStatement("select count(*) from " + table);
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void insertBucket(Database db, String table, Instant start, double value) {
        insertBucket(db, table, start, value, value, value, 1);
    }

    private static void insertBucket(Database db, String table, Instant start, double min, double avg, double max,
                                     int count) {
        Jdbc.inTransaction(db, (Connection c) -> {
            try (PreparedStatement insert = c.prepareStatement("insert into " + table
                    + " (target_id, metric, bucket_start, min_value, avg_value, max_value, sample_count)"
                    + " values (1, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, POWER);
                Jdbc.setInstant(insert, 2, start);
                insert.setDouble(3, min);
                insert.setDouble(4, avg);
                insert.setDouble(5, max);
                insert.setInt(6, count);
                return insert.executeUpdate();
            }
        });
    }
}
