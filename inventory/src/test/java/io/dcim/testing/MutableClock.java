package io.dcim.testing;

import io.dcim.common.time.ManualClock;
import java.time.Instant;

/** A clock a test moves by hand, for lock-outs and expiries: in UTC, from a fixed morning unless told otherwise. */
public final class MutableClock extends ManualClock {

    public MutableClock(Instant start) {
        super(start);
    }

    public MutableClock() {
        this(Instant.parse("2025-01-15T08:00:00Z"));
    }
}
