package io.dcim.power.collect;

import java.util.concurrent.CompletableFuture;

/**
 * Reads endpoints of one protocol. The sweep hands each due endpoint's {@link CollectRequest} to the collector of
 * its protocol and stores what comes back; it never sees the protocol's library or value types.
 *
 * <p>Implementations are asynchronous and thread-safe, bound their own requests in flight and rest endpoints that
 * keep failing (answering {@link PollOutcome#BACKED_OFF} meanwhile).
 */
public interface Collector extends AutoCloseable {

    Protocol protocol();

    /**
     * Polls one endpoint. The future never completes exceptionally: every failure is an outcome with a reason,
     * and it completes within the request's timeout and retries.
     */
    CompletableFuture<Collected> collect(CollectRequest request);

    /**
     * Forgets an endpoint's failures and back-off, so its next poll is sent: for an endpoint whose host,
     * credentials or reads were changed, whose past failures say nothing about the new configuration.
     */
    void forget(String endpointId);

    /** The endpoint's failures and rest, handed over with its lease when another node takes it. */
    default BackoffState backoff(String endpointId) {
        return BackoffState.NONE;
    }

    /** Takes over an endpoint's failures and rest from the node that polled it before. */
    default void restore(String endpointId, BackoffState state) {
    }

    /** Closes sockets and sessions; polls still running end with an outcome. */
    @Override
    void close();
}
