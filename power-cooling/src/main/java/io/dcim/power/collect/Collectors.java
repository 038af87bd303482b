package io.dcim.power.collect;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The collector of each protocol, so the sweep can hand any request to the one that reads it. */
public final class Collectors implements AutoCloseable {

    private final Map<Protocol, Collector> byProtocol = new EnumMap<>(Protocol.class);

    public Collectors(List<? extends Collector> collectors) {
        for (Collector c : collectors) {
            if (byProtocol.putIfAbsent(c.protocol(), c) != null) {
                throw new IllegalArgumentException("two collectors for " + c.protocol());
            }
        }
    }

    public static Collectors of(Collector... collectors) {
        return new Collectors(List.of(collectors));
    }

    public CompletableFuture<Collected> collect(CollectRequest request) {
        return of(request.protocol()).collect(request);
    }

    public void forget(CollectRequest request) {
        of(request.protocol()).forget(request.endpointId());
    }

    public BackoffState backoff(CollectRequest request) {
        return of(request.protocol()).backoff(request.endpointId());
    }

    public void restore(CollectRequest request, BackoffState state) {
        of(request.protocol()).restore(request.endpointId(), state);
    }

    public Collector of(Protocol protocol) {
        Collector c = byProtocol.get(protocol);
        if (c == null) {
            throw new IllegalStateException("no collector for " + protocol + " endpoints");
        }
        return c;
    }

    @Override
    public void close() {
        byProtocol.values().forEach(Collector::close);
    }
}
