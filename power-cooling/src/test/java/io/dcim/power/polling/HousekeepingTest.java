package io.dcim.power.polling;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.RetentionPolicy;
import io.dcim.power.reading.SeriesPoint;
import io.dcim.power.reading.TargetReading;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

class HousekeepingTest {

    @BothDatabases
    void rollsUpToAMinuteBeforeNowThenPurgesWhatTheRetentionNoLongerKeeps(Database db) {
        Instant now = Instant.parse("2025-01-15T10:03:00Z");
        ReadingStore readings = new ReadingStore(db, new MutableClock(now));
        List<TargetReading> raw = new ArrayList<>();
        for (Instant at = now.minus(Duration.ofHours(3)); at.isBefore(now); at = at.plusSeconds(30)) {
            raw.add(new TargetReading(1, Metrics.PDU_POWER_W, at, 5_000));
        }
        readings.append(raw);
        RetentionPolicy keepTwoHours = new RetentionPolicy(Duration.ofHours(2), Duration.ofDays(90),
                Duration.ofDays(1096));

        Housekeeping.Result result = new Housekeeping(readings, keepTwoHours).run(now);

        // 10:03 - 1 min = 10:02: the last complete 5-minute bucket is 09:55-10:00, the last complete hour 09:00-10:00.
        assertThat(result.rolledUp().fiveMinuteTo()).isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
        assertThat(result.rolledUp().hourlyTo()).isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
        if (db.kind() == DatabaseKind.POSTGRESQL) {
            // The readings had landed in the default partition (no partition for 15 January 2025): housekeeping made
            // that day's partition and the next 3 days', moved them there, and keeps the day whole until all of it
            // is past the retention.
            assertThat(result.partitions().created()).contains("reading_raw_p20250115", "reading_raw_p20250118");
            assertThat(result.partitions().movedFromDefault()).isEqualTo(360);
            assertThat(result.purged().raw()).isZero();
            assertThat(result.purged().rawPartitionsDropped()).doesNotContain("reading_raw_p20250115");
        } else {
            assertThat(result.purged().raw()).as("raw readings before 08:00 (the whole hour at or before 08:03):"
                    + " 07:03:00 to 07:59:30 every 30 s").isEqualTo(114);
        }
        List<SeriesPoint> hourly = readings.series(1, Metrics.PDU_POWER_W, Instant.parse("2025-01-15T07:00:00Z"), now,
                Duration.ofHours(1));
        assertThat(hourly).extracting(SeriesPoint::avg).containsExactly(5_000.0, 5_000.0, 5_000.0);
    }
}
