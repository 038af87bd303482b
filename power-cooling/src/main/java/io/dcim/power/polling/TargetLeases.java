package io.dcim.power.polling;

import io.dcim.power.collect.BackoffState;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which targets this node polls: each target is leased by one live node ({@link PollLeases}, in the database),
 * or, for a node alone with no database to share ({@link #everyTarget()}), all of them.
 */
public interface TargetLeases {

    /**
     * Says this node is alive, renews its leases and claims or gives back targets towards its fair share of
     * {@code enabled}; answers the targets it holds now, each with what its last poller left.
     */
    Map<Long, Lease> renew(Instant now, Collection<Long> enabled);

    /** Keeps, with each lease this node still holds, when its target was polled and its back-off. */
    void record(List<Polled> polled);

    /** Gives every lease back at once (a clean stop), so the other nodes need not wait for them to expire. */
    void release();

    /** What the previous poll of a leased target left for whoever polls it next. */
    record Lease(Instant polledAt, BackoffState backoff) {
        public static final Lease NONE = new Lease(null, BackoffState.NONE);
    }

    record Polled(long targetId, Instant polledAt, BackoffState backoff) {
    }

    /** Holds every target: one node polling alone, as the tests and benchmarks of one poller do. */
    static TargetLeases everyTarget() {
        return new TargetLeases() {
            @Override
            public Map<Long, Lease> renew(Instant now, Collection<Long> enabled) {
                Map<Long, Lease> all = new LinkedHashMap<>();
                enabled.forEach(id -> all.put(id, Lease.NONE));
                return all;
            }

            @Override
            public void record(List<Polled> polled) {
            }

            @Override
            public void release() {
            }
        };
    }
}
