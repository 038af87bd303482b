package io.dcim.power.polling;

import static io.dcim.common.access.Permission.METRICS_READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import java.time.Clock;
import java.util.List;

/**
 * Which nodes poll on this database and how many targets each leases: what an operator looks at when a node
 * dropped out of the polling. Host names and process ids are the deployment's inner workings, so reading them
 * needs {@code metrics.read}, as the Prometheus series do (not the unauthenticated {@code /health} a load
 * balancer calls).
 */
public final class PollingNodesFacade {

    private final PollLeases leases;
    private final Clock clock;

    public PollingNodesFacade(PollLeases leases, Clock clock) {
        this.leases = leases;
        this.clock = clock;
    }

    /** The node that answers, and every live node (heard from within a lease's length), oldest first. */
    public PollingNodes nodes(Caller caller) {
        return UseCase.call(caller, METRICS_READ,
                () -> new PollingNodes(leases.nodeId(), leases.liveNodes(clock.instant())));
    }

    /** @param answeredBy the id of the node that read this (behind a balancer, any of them) */
    public record PollingNodes(String answeredBy, List<PollLeases.Node> nodes) {
    }
}
