package io.dcim.power.snmp;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;

/**
 * Tuning of an {@link SnmpPoller}.
 *
 * @param maxInFlight          requests outstanding over the whole poller
 * @param maxInFlightPerAgent  requests outstanding per agent; rack PDUs answer in 100-300 ms and drop
 *                             requests when flooded, so the default is 3
 * @param maxRepetitions       GETBULK max-repetitions; modest so a response fits one unfragmented datagram
 * @param maxRowsPerColumn     walk cap, so a huge or looping table cannot stall a sweep
 * @param backoffAfterFailures consecutive TIMEOUT/UNREACHABLE/AUTH_FAILURE polls before a target rests
 * @param backoffBase          first rest interval, doubled for every further failure up to backoffMax
 */
public record PollerConfig(InetSocketAddress bindAddress, int maxInFlight, int maxInFlightPerAgent,
                           int maxRepetitions, int maxRowsPerColumn, int scalarsPerRequest,
                           int backoffAfterFailures, Duration backoffBase, Duration backoffMax, Clock clock) {

    public PollerConfig {
        bindAddress = bindAddress == null ? new InetSocketAddress("0.0.0.0", 0) : bindAddress;
        requireRange("poller.maxInFlight", maxInFlight, 1, 100_000);
        requireRange("poller.maxInFlightPerAgent", maxInFlightPerAgent, 1, 64);
        requireRange("poller.maxRepetitions", maxRepetitions, 1, 100);
        requireRange("poller.maxRowsPerColumn", maxRowsPerColumn, 1, 1_000_000);
        requireRange("poller.scalarsPerRequest", scalarsPerRequest, 1, 100);
        requireRange("poller.backoffAfterFailures", backoffAfterFailures, 1, 1000);
        if (backoffBase == null || backoffBase.isNegative() || backoffMax == null || backoffMax.compareTo(backoffBase) < 0) {
            throw new InvalidValueException("poller.backoff", Message.of("power.poller.backoff"));
        }
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    public static PollerConfig defaults() {
        return new PollerConfig(null, 2048, 3, 10, 512, 24, 2, Duration.ofSeconds(30), Duration.ofMinutes(15), null);
    }

    public PollerConfig withBindAddress(InetSocketAddress a) {
        return new PollerConfig(a, maxInFlight, maxInFlightPerAgent, maxRepetitions, maxRowsPerColumn,
                scalarsPerRequest, backoffAfterFailures, backoffBase, backoffMax, clock);
    }

    public PollerConfig withInFlight(int global, int perAgent) {
        return new PollerConfig(bindAddress, global, perAgent, maxRepetitions, maxRowsPerColumn,
                scalarsPerRequest, backoffAfterFailures, backoffBase, backoffMax, clock);
    }

    public PollerConfig withWalk(int repetitions, int rowCap) {
        return new PollerConfig(bindAddress, maxInFlight, maxInFlightPerAgent, repetitions, rowCap,
                scalarsPerRequest, backoffAfterFailures, backoffBase, backoffMax, clock);
    }

    public PollerConfig withBackoff(int afterFailures, Duration base, Duration max, Clock c) {
        return new PollerConfig(bindAddress, maxInFlight, maxInFlightPerAgent, maxRepetitions, maxRowsPerColumn,
                scalarsPerRequest, afterFailures, base, max, c);
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, Message.of("power.poller.range", min, max, value));
        }
    }
}
