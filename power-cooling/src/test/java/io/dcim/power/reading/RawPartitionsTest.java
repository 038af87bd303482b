package io.dcim.power.reading;

import static io.dcim.power.reading.ReadingStoreTest.count;
import static io.dcim.power.reading.ReadingStoreTest.everyThirtySeconds;
import static io.dcim.power.reading.ReadingStoreTest.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily partitions of raw readings on PostgreSQL (issue 18), and on H2 the plain table that stands for them.
 * Each test uses days of its own: the partitions a test makes stay in the schema for the tests after it (only
 * rows are emptied between tests), and the days are far from today's, which the migration made.
 */
class RawPartitionsTest {

    private static final String POWER = "pdu.power.w";

    @BothDatabases
    void afterTheMigrationTodayAndTheNextDaysHaveAPartitionBesideTheDefaultOne(Database db) {
        RawPartitions partitions = new RawPartitions(db);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        if (db.kind() == DatabaseKind.POSTGRESQL) {
            assertThat(partitions.applies()).isTrue();
            assertThat(partitions.days()).contains(today, today.plusDays(1), today.plusDays(2), today.plusDays(3));
            assertThat(children(db)).contains(RawPartitions.DEFAULT);
        } else {
            assertThat(partitions.applies()).as("H2 keeps the plain table").isFalse();
            assertThat(new ReadingStore(db, new MutableClock(Instant.now()))
                    .preparePartitions(Instant.now(), RetentionPolicy.DEFAULT)).isEqualTo(PartitionReport.NONE);
        }
    }

    @BothDatabases
    void aReadingLandsInItsDaysPartitionAndOneOfADayWithoutIsMovedThereOnceItIsMade(Database db) {
        Instant now = Instant.parse("2024-03-10T12:00:00Z");
        ReadingStore store = new ReadingStore(db, new MutableClock(now));
        PartitionReport made = store.preparePartitions(now, RetentionPolicy.DEFAULT);
        store.append(List.of(reading(1, POWER, Instant.parse("2024-03-11T05:00:00Z"), 1),
                reading(1, POWER, Instant.parse("2024-03-16T05:00:00Z"), 2)));

        if (db.kind() == DatabaseKind.H2) {
            assertThat(made).isEqualTo(PartitionReport.NONE);
            assertThat(count(db, "reading_raw")).isEqualTo(2);
            return;
        }
        assertThat(made.created()).containsExactly("reading_raw_p20240310", "reading_raw_p20240311",
                "reading_raw_p20240312", "reading_raw_p20240313");
        assertThat(partitionOf(db, "2024-03-11T05:00:00Z")).isEqualTo("reading_raw_p20240311");
        assertThat(partitionOf(db, "2024-03-16T05:00:00Z")).as("no partition for the 16th yet")
                .isEqualTo(RawPartitions.DEFAULT);

        Instant later = Instant.parse("2024-03-13T12:00:00Z");
        PartitionReport next = store.preparePartitions(later, RetentionPolicy.DEFAULT);

        assertThat(next.created()).containsExactly("reading_raw_p20240314", "reading_raw_p20240315",
                "reading_raw_p20240316");
        assertThat(next.movedFromDefault()).isEqualTo(1);
        assertThat(next.leftInDefault()).isZero();
        assertThat(partitionOf(db, "2024-03-16T05:00:00Z")).isEqualTo("reading_raw_p20240316");
        assertThat(count(db, "reading_raw")).isEqualTo(2);
    }

    @BothDatabases
    void retentionDropsTheDaysPastItWholeAndKeepsTheRest(Database db) {
        Instant start = Instant.parse("2024-05-01T00:00:00Z");
        ReadingStore store = partitionedAt(db, start);  // 1 to 4 May
        List<TargetReading> readings = new ArrayList<>();
        for (int i = 0; i < 16; i++) {                             // 1 to 4 May, every 6 hours
            readings.add(reading(1, POWER, start.plus(Duration.ofHours(6L * i)), i));
        }
        readings.add(reading(1, POWER, Instant.parse("2024-04-20T00:00:00Z"), 99)); // no partition: the default one
        store.append(readings);

        // 7 days before 10 May 12:00 is 3 May 12:00: 1 and 2 May are past the retention, 3 May only half.
        PurgeResult purged = store.purge(Instant.parse("2024-05-10T12:00:00Z"), RetentionPolicy.DEFAULT);

        if (db.kind() == DatabaseKind.POSTGRESQL) {
            // (partitions of earlier days other tests made go too)
            assertThat(purged.rawPartitionsDropped()).contains("reading_raw_p20240501", "reading_raw_p20240502")
                    .doesNotContain("reading_raw_p20240503", "reading_raw_p20240504");
            assertThat(purged.raw()).as("the row of 20 April, deleted from the default partition").isEqualTo(1);
            assertThat(new RawPartitions(db).days()).doesNotContain(LocalDate.parse("2024-05-01"),
                    LocalDate.parse("2024-05-02")).contains(LocalDate.parse("2024-05-03"), LocalDate.parse("2024-05-04"));
            assertThat(count(db, "reading_raw")).as("3 and 4 May kept whole: a day goes once all of it is past")
                    .isEqualTo(8);
        } else {
            assertThat(purged.rawPartitionsDropped()).isEmpty();
            assertThat(purged.raw()).as("20 April, 1 and 2 May, and 3 May before noon").isEqualTo(1 + 8 + 2);
            assertThat(count(db, "reading_raw")).isEqualTo(6);
        }
        assertThat(store.purge(Instant.parse("2024-05-10T12:00:00Z"), RetentionPolicy.DEFAULT))
                .isEqualTo(new PurgeResult(0, 0, 0));
    }

    @BothDatabases
    void rollUpsReadAcrossTwoDaysPartitions(Database db) {
        ReadingStore store = partitionedAt(db, Instant.parse("2024-07-01T22:00:00Z"));
        Instant from = Instant.parse("2024-07-01T23:00:00Z");
        store.append(everyThirtySeconds(1, from, Duration.ofHours(2), i -> i < 120 ? 10 : 20));

        RollupResult rolled = store.rollUp(from.plus(Duration.ofHours(2)));

        assertThat(rolled.fiveMinuteBuckets()).isEqualTo(24);
        assertThat(store.series(1, POWER, from, from.plus(Duration.ofHours(2)), Duration.ofHours(1)))
                .containsExactly(new SeriesPoint(from, 10, 10, 10, 120),
                        new SeriesPoint(from.plus(Duration.ofHours(1)), 20, 20, 20, 120));
        if (db.kind() == DatabaseKind.POSTGRESQL) {
            assertThat(partitionOf(db, "2024-07-01T23:59:30Z")).isEqualTo("reading_raw_p20240701");
            assertThat(partitionOf(db, "2024-07-02T00:00:00Z")).isEqualTo("reading_raw_p20240702");
        }
    }

    @BothDatabases
    void aDuplicateReadingIsStillRefusedInADayPartitionAndInTheDefaultOne(Database db) {
        ReadingStore store = partitionedAt(db, Instant.parse("2024-08-01T10:00:00Z"));
        Instant inDay = Instant.parse("2024-08-01T10:00:00Z");
        Instant inDefault = Instant.parse("2024-09-15T10:00:00Z");
        store.append(List.of(reading(1, POWER, inDay, 1), reading(1, POWER, inDefault, 1)));

        assertThat(store.append(List.of(reading(1, POWER, inDay, 2)))).isZero();
        assertThat(store.append(List.of(reading(1, POWER, inDefault, 2)))).isZero();
        for (Instant at : List.of(inDay, inDefault)) {
            assertThatThrownBy(() -> Jdbc.inTransaction(db, c -> {
                try (PreparedStatement insert = c.prepareStatement("insert into reading_raw (target_id, metric, at,"
                        + " measured_value) values (1, ?, ?, 3)")) {
                    insert.setString(1, POWER);
                    Jdbc.setInstant(insert, 2, at);
                    return insert.executeUpdate();
                }
            })).as("the unique key refuses %s", at).matches(Jdbc::isUniqueViolation);
        }
        assertThat(count(db, "reading_raw")).isEqualTo(2);
        if (db.kind() == DatabaseKind.POSTGRESQL) {
            assertThat(partitionOf(db, "2024-09-15T10:00:00Z")).isEqualTo(RawPartitions.DEFAULT);
        }
    }

    /** The partition a reading of target 1 at that time is stored in. */
    /** A store whose clock stands at {@code now}, with the day partitions the default retention makes then. */
    private static ReadingStore partitionedAt(Database db, Instant now) {
        ReadingStore store = new ReadingStore(db, new MutableClock(now));
        store.preparePartitions(now, RetentionPolicy.DEFAULT);
        return store;
    }

    private static String partitionOf(Database db, String at) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement q = c.prepareStatement("select p.relname from reading_raw r"
                    + " join pg_class p on p.oid = r.tableoid where r.target_id = 1 and r.at = ?")) {
                Jdbc.setInstant(q, 1, Instant.parse(at));
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private static List<String> children(Database db) {
        return Jdbc.inTransaction(db, c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select p.relname from pg_inherits i"
                    + " join pg_class p on p.oid = i.inhrelid where i.inhparent = to_regclass('reading_raw')");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }
}
