package io.dcim.power.redfish;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.time.Clock;
import java.time.Duration;

/**
 * How the Redfish collector behaves.
 *
 * @param maxInFlight   HTTP requests in flight at once over all BMCs ({@code DCIM_REDFISH_MAX_IN_FLIGHT}); each is
 *                      a connection to a BMC, and BMCs are small computers, so the sweep must not open thousands
 * @param backoffAfter  failed polls in a row after which a BMC rests
 * @param backoffBase   its first rest, doubled each further failure up to {@code backoffMax}
 */
public record RedfishConfig(int maxInFlight, int backoffAfter, Duration backoffBase, Duration backoffMax,
                            Clock clock) {

    public static final int DEFAULT_MAX_IN_FLIGHT = 512;
    public static final int MAX_IN_FLIGHT_LIMIT = 10_000;

    public RedfishConfig {
        if (maxInFlight < 1 || maxInFlight > MAX_IN_FLIGHT_LIMIT) {
            throw new InvalidValueException("DCIM_REDFISH_MAX_IN_FLIGHT", Message.of("power.redfish.maxInFlight",
                    MAX_IN_FLIGHT_LIMIT, maxInFlight));
        }
    }

    public static RedfishConfig defaults() {
        return new RedfishConfig(DEFAULT_MAX_IN_FLIGHT, 3, Duration.ofSeconds(60), Duration.ofMinutes(15),
                Clock.systemUTC());
    }

    public RedfishConfig withMaxInFlight(int limit) {
        return new RedfishConfig(limit, backoffAfter, backoffBase, backoffMax, clock);
    }
}
