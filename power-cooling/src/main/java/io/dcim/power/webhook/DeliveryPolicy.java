package io.dcim.power.webhook;

import java.time.Duration;

/**
 * How hard delivery tries: attempts before a delivery is dead, the exponential back-off between them, the
 * timeouts of one attempt, and how many deliveries one run sends side by side.
 *
 * @param lease how long a claimed delivery is left alone by other runs (longer than an attempt can take), so that a
 *              node that dies mid-send hands it back after the lease instead of losing it
 */
public record DeliveryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration connectTimeout,
                             Duration requestTimeout, int batch, Duration lease) {

    /** Ten attempts over about three hours: 30 s, 1, 2, 4, 8, 16, 32 min, then hourly. */
    public static final DeliveryPolicy DEFAULT = new DeliveryPolicy(10, Duration.ofSeconds(30), Duration.ofHours(1),
            Duration.ofSeconds(5), Duration.ofSeconds(10), 100, Duration.ofMinutes(2));

    public DeliveryPolicy {
        if (maxAttempts < 1 || batch < 1) {
            throw new IllegalArgumentException("at least one attempt and one delivery per run");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt: doubling from the first delay, capped. */
    public Duration delayAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
