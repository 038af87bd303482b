package io.dcim.power.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.power.collect.Collected;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.endpoint.TargetsFixture;
import io.dcim.testing.BothDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

class PollStatusStoreTest {

    private static final Instant T0 = Instant.parse("2025-01-15T08:00:00Z");

    @BothDatabases
    void keepsTheLastOutcomeTheLastGoodPollAndTheFailuresInARow(Database db, TargetsFixture f) {
        TargetView pdu = f.pdu("pdu-a01-a");
        PollStatusStore store = new PollStatusStore(db);
        long id = pdu.id();

        store.record(result(id, PollOutcome.OK, T0, 12, null));
        store.record(result(id, PollOutcome.TIMEOUT, T0.plusSeconds(30), 4_000, "no answer within 2000 ms x 2"));
        store.record(result(id, PollOutcome.UNREACHABLE, T0.plusSeconds(60), 1, "network unreachable"));

        assertThat(store.find(id)).contains(new PollStatus(id, PollOutcome.UNREACHABLE, 1, T0.plusSeconds(60), T0, 2,
                "network unreachable"));

        store.record(result(id, PollOutcome.BACKED_OFF, T0.plusSeconds(90), 0, "resting until 08:02"));
        assertThat(store.find(id).orElseThrow())
                .as("a poll not made changes neither the failures nor the error")
                .extracting(PollStatus::outcome, PollStatus::consecutiveFailures, PollStatus::lastError)
                .containsExactly(PollOutcome.BACKED_OFF, 2, "network unreachable");

        store.record(result(id, PollOutcome.PARTIAL, T0.plusSeconds(120), 30, "2 of 30 values missing"));
        assertThat(store.find(id).orElseThrow())
                .extracting(PollStatus::consecutiveFailures, PollStatus::lastOkAt, PollStatus::lastError)
                .containsExactly(0, T0, "2 of 30 values missing");

        store.record(result(id, PollOutcome.OK, T0.plusSeconds(150), 9, null));
        assertThat(store.find(id)).contains(new PollStatus(id, PollOutcome.OK, 9, T0.plusSeconds(150),
                T0.plusSeconds(150), 0, null));
    }

    @BothDatabases
    void recordsAWholeSweepAndDropsResultsOfTargetsDeletedMeanwhile(Database db, TargetsFixture f) {
        TargetView a = f.pdu("pdu-a");
        TargetView b = f.pdu("pdu-b");
        PollStatusStore store = new PollStatusStore(db);

        store.recordAll(List.of(result(a.id(), PollOutcome.OK, T0, 5, null),
                result(b.id(), PollOutcome.AUTH_FAILURE, T0, 7, "unknown user name"),
                result(b.id() + 1_000_000, PollOutcome.OK, T0, 5, null)));

        Map<Long, PollStatus> statuses = store.find(List.of(a.id(), b.id(), b.id() + 1_000_000));
        assertThat(statuses).containsOnlyKeys(a.id(), b.id());
        assertThat(statuses.get(b.id()).consecutiveFailures()).isEqualTo(1);
        assertThat(statuses.get(b.id()).lastOkAt()).isNull();

        f.targets.delete(b.id(), b.version());
        assertThat(store.find(b.id())).isEmpty();
    }

    private static Collected result(long id, PollOutcome outcome, Instant at, long latencyMs, String detail) {
        return new Collected(Long.toString(id), outcome, Duration.ofMillis(latencyMs), at, List.of(), detail, null);
    }
}
