package io.dcim.power.snmp;

import io.dcim.power.collect.Collected;
import io.dcim.power.collect.CollectRequest;
import io.dcim.power.collect.Collector;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.collect.Protocol;
import io.dcim.power.collect.Reading;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The SNMP {@link Collector}: sends a request's {@link SnmpReadPlan} through the shared {@link SnmpPoller} and
 * answers readings, so nothing above this package sees OIDs, SNMP4J or SNMP's value types.
 */
public final class SnmpCollector implements Collector {

    private final SnmpPoller poller;

    public SnmpCollector(SnmpPoller poller) {
        this.poller = poller;
    }

    @Override
    public Protocol protocol() {
        return Protocol.SNMP;
    }

    @Override
    public CompletableFuture<Collected> collect(CollectRequest request) {
        if (!(request.plan() instanceof SnmpReadPlan plan)
                || !(request.credentials() instanceof SnmpCredentials credentials)) {
            throw new IllegalArgumentException("not an SNMP request: " + request.protocol());
        }
        PollTarget target;
        try {
            target = new PollTarget(request.endpointId(), request.address(), credentials, request.timeout(),
                    request.retries(), plan.scalars(), plan.columns());
        } catch (RuntimeException e) {
            // Limits SNMP sets beyond the request's own (retries 0-5): this endpoint fails, the sweep goes on.
            return CompletableFuture.completedFuture(new Collected(request.endpointId(), PollOutcome.UNREACHABLE,
                    Duration.ZERO, poller.config().clock().instant(), List.of(),
                    "not sent: " + e.getMessage(), null));
        }
        return poller.poll(target).thenApply(result -> collected(result, plan));
    }

    @Override
    public void forget(String endpointId) {
        poller.resetBackoff(endpointId);
    }

    @Override
    public io.dcim.power.collect.BackoffState backoff(String endpointId) {
        return poller.backoff(endpointId);
    }

    @Override
    public void restore(String endpointId, io.dcim.power.collect.BackoffState state) {
        poller.restoreBackoff(endpointId, state);
    }

    public SnmpPoller poller() {
        return poller;
    }

    @Override
    public void close() {
        poller.close();
    }

    /** A profile that cannot map what was read loses this poll's readings only; the outcome stays the poll's. */
    static Collected collected(PollResult result, SnmpReadPlan plan) {
        List<Reading> readings = List.of();
        String mappingError = null;
        if (result.hasValues()) {
            try {
                readings = plan.interpretation().readings(result.values());
            } catch (RuntimeException e) {
                mappingError = String.valueOf(e.getMessage());
            }
        }
        return new Collected(result.targetId(), result.outcome(), result.latency(), result.polledAt(), readings,
                result.detail(), mappingError);
    }
}
