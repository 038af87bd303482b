package io.dcim.power.reading;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.power.collect.Collected;
import io.dcim.power.collect.PollOutcome;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the outcome of each target's last poll in {@code poll_status}, one row per target, written with one
 * MERGE per result (batched for a sweep). A result for a target deleted meanwhile is dropped.
 */
public final class PollStatusStore {

    /**
     * The outcomes that yield no reading at all: no answer (what the poller also backs off for), and an answer
     * with nothing readable in it. An agent that answers but is unreadable is as useless to the load figures
     * as a dead one, so it counts towards the same alarm after the same number of polls.
     */
    private static final Set<PollOutcome> FAILURES = EnumSet.of(PollOutcome.TIMEOUT, PollOutcome.UNREACHABLE,
            PollOutcome.AUTH_FAILURE, PollOutcome.NO_SUCH_OBJECT, PollOutcome.WRONG_TYPE);
    private static final int MAX_ERROR = 500;
    private static final int BATCH_SIZE = 1_000;

    // ok: every value read; failed: counts towards the back-off; polled: the agent was asked (not BACKED_OFF).
    private static final String MERGE = """
            merge into poll_status t
            using (select x.id as target_id, cast(? as varchar(16)) as outcome, cast(? as integer) as latency_ms,
                          cast(? as timestamp with time zone) as polled_at, cast(? as boolean) as ok,
                          cast(? as boolean) as failed, cast(? as boolean) as polled,
                          cast(? as varchar(500)) as error
                   from snmp_target x where x.id = ?) s
            on (t.target_id = s.target_id)
            when matched then update set outcome = s.outcome, latency_ms = s.latency_ms, polled_at = s.polled_at,
                 last_ok_at = case when s.ok then s.polled_at else t.last_ok_at end,
                 consecutive_failures = case when s.failed then t.consecutive_failures + 1
                                             when s.polled then 0 else t.consecutive_failures end,
                 last_error = case when s.ok then null when s.polled then s.error else t.last_error end
            when not matched then insert (target_id, outcome, latency_ms, polled_at, last_ok_at,
                 consecutive_failures, last_error)
                 values (s.target_id, s.outcome, s.latency_ms, s.polled_at,
                         case when s.ok then s.polled_at end, case when s.failed then 1 else 0 end,
                         case when s.ok then null else s.error end)
            """;

    private final Database db;

    public PollStatusStore(Database db) {
        this.db = db;
    }

    public void record(Collected result) {
        recordAll(List.of(result));
    }

    /** Records a sweep's results in one transaction. */
    public void recordAll(Collection<Collected> results) {
        if (results.isEmpty()) {
            return;
        }
        Jdbc.inTransaction(db, connection -> {
            try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
                int pending = 0;
                for (Collected r : results) {
                    bind(merge, r);
                    merge.addBatch();
                    if (++pending == BATCH_SIZE) {
                        merge.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    merge.executeBatch();
                }
            }
            return null;
        });
    }

    public Optional<PollStatus> find(long targetId) {
        return Optional.ofNullable(find(List.of(targetId)).get(targetId));
    }

    /** The statuses of the given targets (a page of a list); targets never polled are absent. */
    public Map<Long, PollStatus> find(Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        String sql = "select target_id, outcome, latency_ms, polled_at, last_ok_at, consecutive_failures, last_error"
                + " from poll_status where target_id in (" + String.join(", ", Collections.nCopies(targetIds.size(), "?"))
                + ")";
        return Jdbc.inTransaction(db, connection -> {
            Map<Long, PollStatus> statuses = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int p = 1;
                for (Long id : targetIds) {
                    query.setLong(p++, id);
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        PollStatus s = new PollStatus(rs.getLong(1), PollOutcome.valueOf(rs.getString(2)), rs.getInt(3),
                                Jdbc.getInstant(rs, 4), Jdbc.getInstant(rs, 5), rs.getInt(6), rs.getString(7));
                        statuses.put(s.targetId(), s);
                    }
                }
            }
            return statuses;
        });
    }

    /** The statuses of every target whose last polls read nothing (consecutive failures above zero). */
    public List<PollStatus> failing() {
        String sql = "select target_id, outcome, latency_ms, polled_at, last_ok_at, consecutive_failures, last_error"
                + " from poll_status where consecutive_failures > 0";
        return Jdbc.inTransaction(db, connection -> {
            List<PollStatus> statuses = new java.util.ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    statuses.add(new PollStatus(rs.getLong(1), PollOutcome.valueOf(rs.getString(2)), rs.getInt(3),
                            Jdbc.getInstant(rs, 4), Jdbc.getInstant(rs, 5), rs.getInt(6), rs.getString(7)));
                }
            }
            return statuses;
        });
    }

    private static void bind(PreparedStatement merge, Collected r) throws SQLException {
        PollOutcome outcome = r.outcome();
        merge.setString(1, outcome.name());
        merge.setInt(2, (int) Math.min(Integer.MAX_VALUE, r.latency() == null ? 0 : r.latency().toMillis()));
        Jdbc.setInstant(merge, 3, r.polledAt());
        merge.setBoolean(4, outcome == PollOutcome.OK);
        merge.setBoolean(5, FAILURES.contains(outcome));
        merge.setBoolean(6, outcome != PollOutcome.BACKED_OFF);
        merge.setString(7, error(r));
        merge.setLong(8, targetId(r));
    }

    private static String error(Collected r) {
        String detail = r.detail() == null || r.detail().isBlank() ? r.outcome().name() : r.detail();
        return detail.length() <= MAX_ERROR ? detail : detail.substring(0, MAX_ERROR - 1) + "…";
    }

    private static long targetId(Collected r) {
        try {
            return Long.parseLong(r.endpointId());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("targetId", Message.of("power.reading.unknownTarget", r.endpointId()));
        }
    }
}
