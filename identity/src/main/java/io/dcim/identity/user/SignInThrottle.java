package io.dcim.identity.user;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per client address, as a token bucket: a burst of {@code burst} failures,
 * then one more every {@code refill}. Checked before the password is hashed, so random
 * credentials from one address cannot keep the CPU busy with bcrypt. Successful sign-ins
 * take nothing. The map is bounded: when it is full, addresses whose bucket has refilled
 * (they would be allowed anyway) are forgotten first, then all.
 */
public final class SignInThrottle {

    static final int MAX_ADDRESSES = 20_000;

    private final Clock clock;
    private final int burst;
    private final Duration refill;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock, int burst, Duration refill) {
        this.clock = clock;
        this.burst = burst;
        this.refill = refill;
    }

    /** Ten failures at once, then one every six seconds: enough for people, too few to guess. */
    public static SignInThrottle standard(Clock clock) {
        return new SignInThrottle(clock, 10, Duration.ofSeconds(6));
    }

    /** Zero when the address may try now, otherwise how long it must wait. */
    public Duration waitFor(String address) {
        Bucket bucket = buckets.get(key(address));
        return bucket == null ? Duration.ZERO : bucket.waitFor(clock.millis());
    }

    /** Takes one failure from the address's bucket. */
    public void failed(String address) {
        if (buckets.size() >= MAX_ADDRESSES) {
            long now = clock.millis();
            buckets.values().removeIf(b -> b.isFull(now));
            if (buckets.size() >= MAX_ADDRESSES) {
                buckets.clear();
            }
        }
        buckets.computeIfAbsent(key(address), a -> new Bucket()).take(clock.millis());
    }

    private static String key(String address) {
        return address == null ? "unknown" : address;
    }

    /**
     * Kept as the time the bucket is full again: each failure pushes it one refill later, and
     * an address may try while that time is at most (burst - 1) refills ahead.
     */
    private final class Bucket {
        private long fullAt;

        synchronized void take(long now) {
            fullAt = Math.max(fullAt, now) + refill.toMillis();
        }

        synchronized Duration waitFor(long now) {
            long emptyUntil = fullAt - (burst - 1) * refill.toMillis();
            return now >= emptyUntil ? Duration.ZERO : Duration.ofMillis(emptyUntil - now);
        }

        synchronized boolean isFull(long now) {
            return now >= fullAt;
        }
    }
}
