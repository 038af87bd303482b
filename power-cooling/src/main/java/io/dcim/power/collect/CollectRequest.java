package io.dcim.power.collect;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * What one poll asks: which endpoint, where it answers, how to authenticate, how long to wait, and what to read.
 *
 * @param endpointId stable identifier of the endpoint (the endpoint's id in decimal): results and back-off are
 *                   kept under it
 * @param address    resolved when the request is built (at each sweep), so a DNS change reaches the next sweep;
 *                   an unresolved one is reported UNREACHABLE without anything being sent
 */
public record CollectRequest(String endpointId, InetSocketAddress address, Credentials credentials, Duration timeout,
                             int retries, ReadPlan plan) {

    public CollectRequest {
        if (endpointId == null || endpointId.isBlank()) {
            throw new InvalidValueException("endpoint.id", Message.of("power.field.notEmpty"));
        }
        Objects.requireNonNull(address, "endpoint.address");
        Objects.requireNonNull(credentials, "endpoint.credentials");
        Objects.requireNonNull(timeout, "endpoint.timeout");
        Objects.requireNonNull(plan, "endpoint.plan");
        if (credentials.protocol() != plan.protocol()) {
            throw new InvalidValueException("endpoint.credentials", Message.of("power.collect.protocolMismatch",
                    credentials.protocol(), plan.protocol()));
        }
    }

    public Protocol protocol() {
        return plan.protocol();
    }
}
