package io.dcim.power.redfish;

import io.dcim.power.collect.BackoffTracker;
import io.dcim.power.collect.Collected;
import io.dcim.power.collect.CollectRequest;
import io.dcim.power.collect.Collector;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.collect.Protocol;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * The Redfish {@link Collector}: reads a server's and its GPUs' draw from its BMC with the JDK's
 * {@link HttpClient}, at most {@link RedfishConfig#maxInFlight()} requests in flight over all BMCs, each waited for
 * on a sender thread of its own (see {@link BmcHttp}) and queued without a thread beyond the limit.
 *
 * <p>A BMC's first poll logs in (a Redfish session; HTTP Basic where the service has none) and finds where its
 * figures are ({@link LayoutDiscovery}); later polls send one request for the server and, where the BMC
 * advertises {@code $expand}, one for all its GPUs (else one per GPU), with the session's token; a BMC that then
 * refuses the expanded request is read one GPU at a time from then on. A token refused is renewed once; an
 * edited endpoint starts afresh ({@link #forget}). BMCs that keep failing rest, as SNMP agents do. Two HTTP
 * clients: one verifying certificates (the default), one for the endpoints set to trust their BMC's self-signed
 * certificate.
 */
public final class RedfishCollector implements Collector {

    private static final Duration LOGOUT_WAIT = Duration.ofSeconds(2);
    /** Sender threads at most: beyond it, requests counted in flight wait for a thread (a 10,000 limit is allowed). */
    private static final int MAX_SENDERS = 1024;
    /** Enough for the HTTP client's send and a small JSON read; a thread's default reserves 1 MB. */
    private static final long SENDER_STACK_BYTES = 512 * 1024;

    private final RedfishConfig config;
    private final ExecutorService executor;
    private final ThreadPoolExecutor senders;
    private final HttpClient verifying;
    private final HttpClient trusting;
    private final BmcHttp http;
    private final RequestLimit limit;
    private final BackoffTracker backoff;
    private final Map<String, BmcAccess> sessions = new ConcurrentHashMap<>();
    private final Map<String, ServerLayout> layouts = new ConcurrentHashMap<>();
    /** The client each session was opened with, to log out through it. */
    private final Map<String, HttpClient> sessionClients = new ConcurrentHashMap<>();

    public RedfishCollector(RedfishConfig config) {
        this.config = config;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "redfish-client-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.verifying = client(defaultTls());
        this.trusting = client(TrustEveryCertificate.context());
        this.limit = new RequestLimit(config.maxInFlight());
        this.senders = senders(Math.min(config.maxInFlight(), MAX_SENDERS));
        this.http = new BmcHttp(limit, senders);
        this.backoff = new BackoffTracker(config.backoffAfter(), config.backoffBase(), config.backoffMax(),
                config.clock());
    }

    @Override
    public Protocol protocol() {
        return Protocol.REDFISH;
    }

    public RedfishConfig config() {
        return config;
    }

    @Override
    public CompletableFuture<Collected> collect(CollectRequest request) {
        if (!(request.plan() instanceof RedfishReadPlan plan)
                || !(request.credentials() instanceof RedfishCredentials credentials)) {
            throw new IllegalArgumentException("not a Redfish request: " + request.protocol());
        }
        String id = request.endpointId();
        Instant polledAt = config.clock().instant();
        long start = System.nanoTime();
        Instant resting = backoff.restingUntil(id).orElse(null);
        if (resting != null) {
            return CompletableFuture.completedFuture(new Collected(id, PollOutcome.BACKED_OFF, Duration.ZERO, polledAt,
                    List.of(), "resting after " + backoff.consecutiveFailures(id) + " failed polls, until " + resting,
                    null));
        }
        if (request.address().isUnresolved()) {
            return CompletableFuture.completedFuture(finish(id, PollOutcome.UNREACHABLE, start, polledAt,
                    ServerReading.NONE, "not sent: " + request.address().getHostString() + " does not resolve"));
        }
        URI root = serviceRoot(request, plan);
        HttpClient client = plan.trustSelfSigned() ? trusting : verifying;
        BmcPoll poll = new BmcPoll(http, client, root, plan, credentials, request.timeout(), request.retries());
        return read(id, poll, true).handle((reading, error) -> {
            if (error == null) {
                return finish(id, reading.outcome(), start, polledAt, reading, reading.detail());
            }
            RedfishFailure failure = BmcHttp.failure(unwrap(error), root);
            if (failure.outcome() == PollOutcome.NO_SUCH_OBJECT) {
                layouts.remove(id); // a resource gone: the server may have been re-racked or re-flashed
            }
            return finish(id, failure.outcome(), start, polledAt, ServerReading.NONE, failure.getMessage());
        });
    }

    /** Logs in if needed, finds the layout if needed, reads; a refused session token is renewed once. */
    private CompletableFuture<ServerReading> read(String id, BmcPoll poll, boolean renewRefused) {
        CompletableFuture<BmcAccess> access = sessions.containsKey(id)
                ? CompletableFuture.completedFuture(sessions.get(id))
                : poll.login().thenApply(a -> {
                    sessions.put(id, a);
                    sessionClients.put(id, poll.client());
                    return a;
                });
        return access.thenCompose(a -> {
            ServerLayout known = layouts.get(id);
            CompletableFuture<ServerLayout> layout = known != null ? CompletableFuture.completedFuture(known)
                    : new LayoutDiscovery(poll, a).discover().thenApply(l -> {
                        layouts.put(id, l);
                        return l;
                    });
            return layout.thenCompose(l -> poll.read(a, l));
        }).exceptionallyCompose(error -> {
            if (renewRefused && unwrap(error) instanceof RedfishFailure f && f.sessionRefused()) {
                sessions.remove(id);
                return read(id, poll, false);
            }
            if (unwrap(error) instanceof RedfishFailure f && f.queryRefused()) {
                ServerLayout known = layouts.get(id);
                if (known != null && known.expandedGpus() != null) {
                    layouts.put(id, known.withoutExpand());
                    return read(id, poll, renewRefused);
                }
            }
            return CompletableFuture.failedFuture(unwrap(error));
        });
    }

    private Collected finish(String id, PollOutcome outcome, long start, Instant polledAt, ServerReading reading,
                             String detail) {
        backoff.record(id, outcome);
        return new Collected(id, outcome, Duration.ofNanos(System.nanoTime() - start), polledAt, reading.readings(),
                outcome == PollOutcome.OK ? null : detail, null);
    }

    @Override
    public io.dcim.power.collect.BackoffState backoff(String endpointId) {
        return backoff.state(endpointId);
    }

    @Override
    public void restore(String endpointId, io.dcim.power.collect.BackoffState state) {
        backoff.restore(endpointId, state);
    }

    @Override
    public void forget(String endpointId) {
        backoff.forget(endpointId);
        layouts.remove(endpointId);
        BmcAccess access = sessions.remove(endpointId);
        HttpClient client = sessionClients.remove(endpointId);
        if (access != null && client != null) {
            http.logout(client, access, LOGOUT_WAIT);
        }
    }

    /** Requests in flight now (monitoring, tests). */
    public int inFlight() {
        return limit.inFlight();
    }

    /** Logs out of every session (briefly waited for), then stops the client threads. */
    @Override
    public void close() {
        List<CompletableFuture<Void>> logouts = new ArrayList<>();
        sessions.forEach((id, access) -> {
            HttpClient client = sessionClients.get(id);
            if (client != null) {
                logouts.add(http.logout(client, access, LOGOUT_WAIT));
            }
        });
        sessions.clear();
        try {
            CompletableFuture.allOf(logouts.toArray(CompletableFuture[]::new))
                    .get(LOGOUT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // Best effort: sessions left open expire on the BMC.
        }
        senders.shutdownNow();
        executor.shutdownNow();
    }

    /**
     * One thread per request in flight, started as the load needs and ended after two idle minutes, so a sweep
     * every minute or five reuses them; see {@link BmcHttp} for why requests wait on threads.
     */
    private static ThreadPoolExecutor senders(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 2, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(null, r, "redfish-client-send-" + count.incrementAndGet(),
                            SENDER_STACK_BYTES);
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(tls).executor(executor).build();
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("no TLS in this JVM", e);
        }
    }

    private static URI serviceRoot(CollectRequest request, RedfishReadPlan plan) {
        String host = request.address().getHostString();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create((plan.tls() ? "https://" : "http://") + host + ":" + request.address().getPort() + "/");
    }

    static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof java.util.concurrent.CompletionException
                || e instanceof java.util.concurrent.ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
