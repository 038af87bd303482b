package io.dcim.power.snmp;

import io.dcim.power.collect.BackoffTracker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Polls SNMP agents asynchronously over one shared SNMP4J session and UDP socket. Responses complete
 * futures from SNMP4J's response listener; no thread waits for an answer. Requests are admitted by a
 * {@link RequestGate} (global and per-agent in-flight limits); targets that keep failing are rested by a
 * {@link BackoffTracker}.
 *
 * <p>SNMP4J keeps security protocols and models in JVM-wide singletons by default; this poller builds its
 * own {@link SecurityProtocols}, {@link SecurityModels} and {@link USM}, so several pollers and simulators
 * can live in one JVM without sharing users or engine IDs. The exception is
 * {@code SNMP4JSettings.reportSecurityLevelStrategy}, set to {@code noAuthNoPrivIfNeeded} (see constructor).
 *
 * <p>Thread-safe. Create one per application and {@link #close()} it on shutdown.
 */
public final class SnmpPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnmpPoller.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final PollerConfig config;
    private final Snmp snmp;
    private final USM usm;
    private final MPv3 mpv3;
    private final DefaultUdpTransportMapping transport;
    private final RequestGate<PollTarget.AgentKey> gate;
    private final BackoffTracker backoff;
    private final ExecutorService discoveryPool;
    private final Map<UdpAddress, CompletableFuture<OctetString>> engineIds = new ConcurrentHashMap<>();
    private final Set<TargetPoll> active = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    public SnmpPoller(PollerConfig config) {
        this.config = config;
        this.gate = new RequestGate<>(config.maxInFlight(), config.maxInFlightPerAgent());
        this.backoff = new BackoffTracker(config.backoffAfterFailures(), config.backoffBase(), config.backoffMax(),
                config.clock());
        // The one JVM-wide SNMP4J setting dcim changes, knowingly: without it SNMP4J discards the unauthenticated
        // report an agent sends for a wrong passphrase (RFC 3414 3.2 sends it at noAuthNoPriv), and a wrong
        // password would look like a dead agent (TIMEOUT) instead of AUTH_FAILURE.
        SNMP4JSettings.setReportSecurityLevelStrategy(SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
        SecurityProtocols protocols = Snmp4jSecurity.protocols();
        byte[] engineId = MPv3.createLocalEngineID(new OctetString("dcim-poller-" + INSTANCES.incrementAndGet()));
        this.usm = new USM(protocols, new OctetString(engineId), 0);
        SecurityModels models = new SecurityModels();
        models.addSecurityModel(usm);
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv1());
        dispatcher.addMessageProcessingModel(new MPv2c());
        this.mpv3 = new MPv3(engineId, new ScopedPduFactory(), protocols, models, new CounterSupport());
        dispatcher.addMessageProcessingModel(mpv3);
        try {
            InetSocketAddress bind = config.bindAddress();
            this.transport = new DefaultUdpTransportMapping(new UdpAddress(bind.getAddress(), bind.getPort()));
            // Thousands of agents answer in bursts; a small socket buffer would drop answers and turn them into timeouts.
            transport.setReceiveBufferSize(8 * 1024 * 1024);
            this.snmp = new Snmp(dispatcher, transport);
            snmp.listen();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open SNMP poller socket on " + config.bindAddress(), e);
        }
        AtomicInteger threadNo = new AtomicInteger();
        // SNMP4J's engine-ID discovery is a blocking call: it runs on this small pool, once per agent address.
        this.discoveryPool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "snmp-poller-discovery-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Polls one target: GETs its scalars and walks its columns. The future never completes exceptionally. */
    public CompletableFuture<PollResult> poll(PollTarget target) {
        var resting = backoff.restingUntil(target.id());
        if (resting.isPresent()) {
            return CompletableFuture.completedFuture(TargetPoll.backedOff(target, config.clock().instant(),
                    resting.get(), backoff.consecutiveFailures(target.id())));
        }
        if (closed.get()) {
            return CompletableFuture.completedFuture(TargetPoll.closed(target, config.clock().instant()));
        }
        if (!TargetPoll.hasSendableAddress(target)) {
            // Never sent: SNMP4J would send an unresolved name to the wildcard address, i.e. to this machine.
            PollResult unsendable = TargetPoll.unsendable(target, config.clock().instant());
            backoff.record(target.id(), unsendable.outcome());
            return CompletableFuture.completedFuture(unsendable);
        }
        TargetPoll poll = new TargetPoll(this, target);
        active.add(poll);
        // Callers get the future that completes after the back-off is recorded, so a poll made
        // right after this one completes always sees this outcome.
        CompletableFuture<PollResult> recorded = poll.result().whenComplete((r, e) -> {
            active.remove(poll);
            if (r != null) {
                backoff.record(target.id(), r.outcome());
            }
        });
        poll.start();
        return recorded;
    }

    /**
     * Forgets a target's failures and back-off, so its next poll is sent: for a target whose host, credentials or
     * reads were changed, whose past failures say nothing about the new configuration.
     */
    public void resetBackoff(String targetId) {
        backoff.forget(targetId);
    }

    /** The target's failures and rest, to hand over with its lease. */
    public io.dcim.power.collect.BackoffState backoff(String targetId) {
        return backoff.state(targetId);
    }

    /** Takes over the target's failures and rest from the node that polled it before. */
    public void restoreBackoff(String targetId, io.dcim.power.collect.BackoffState state) {
        backoff.restore(targetId, state);
    }

    /** Polls all targets concurrently (within the in-flight limits) and returns every result, in order. */
    public CompletableFuture<SweepResult> sweep(List<PollTarget> targets) {
        long start = System.nanoTime();
        List<CompletableFuture<PollResult>> futures = new ArrayList<>(targets.size());
        for (PollTarget t : targets) {
            futures.add(poll(t));
        }
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            List<PollResult> results = new ArrayList<>(futures.size());
            futures.forEach(f -> results.add(f.join()));
            return new SweepResult(results, Duration.ofNanos(System.nanoTime() - start));
        });
    }

    /** Requests currently outstanding on the wire (for monitoring and tests). */
    public int inFlight() {
        return gate.inFlight();
    }

    /** The local address of the poller's socket (useful when bound to port 0). */
    public InetSocketAddress localAddress() {
        UdpAddress a = transport.getListenAddress();
        return new InetSocketAddress(a.getInetAddress(), a.getPort());
    }

    public PollerConfig config() {
        return config;
    }

    /** Sends one PDU under the in-flight limits; {@code onAnswer} runs on SNMP4J's listener or timer thread. */
    void request(PollTarget pollTarget, Target<UdpAddress> target, PDU pdu, Runnable onSent, Consumer<Answer> onAnswer) {
        PollTarget.AgentKey key = pollTarget.agentKey();
        gate.submit(key, () -> {
            AtomicBoolean answered = new AtomicBoolean();
            ResponseListener listener = new ResponseListener() {
                @Override
                public <A extends org.snmp4j.smi.Address> void onResponse(ResponseEvent<A> event) {
                    // Async requests must be cancelled explicitly, or SNMP4J keeps retrying them.
                    snmp.cancel(event.getRequest(), this);
                    if (answered.compareAndSet(false, true)) {
                        gate.release(key);
                        onAnswer.accept(new Answer(event.getResponse(), event.getError()));
                    }
                }
            };
            try {
                onSent.run();
                snmp.send(pdu, target, null, listener);
            } catch (IOException | RuntimeException e) {
                if (answered.compareAndSet(false, true)) {
                    gate.release(key);
                    onAnswer.accept(new Answer(null, e));
                }
            }
        });
    }

    /** Finds (once per address) the agent's SNMPv3 engine ID and localizes the target's user for it. */
    CompletableFuture<OctetString> prepareUsm(PollTarget target, UdpAddress address, SnmpCredentials.Usm credentials) {
        long timeoutMs = target.timeout().toMillis() * (target.retries() + 1);
        CompletableFuture<OctetString> engine = engineIds.computeIfAbsent(address,
                a -> CompletableFuture.supplyAsync(() -> {
                    byte[] id = snmp.discoverAuthoritativeEngineID(a, timeoutMs);
                    return id == null ? null : new OctetString(id);
                }, discoveryPool));
        return engine.thenApply(id -> {
            if (id == null) {
                engineIds.remove(address, engine);
                return null;
            }
            OctetString user = new OctetString(credentials.user());
            UsmUser usmUser = new UsmUser(user, credentials.auth().oid(),
                    credentials.authPassphrase() == null ? null : new OctetString(credentials.authPassphrase().reveal()),
                    credentials.priv().oid(),
                    credentials.privPassphrase() == null ? null : new OctetString(credentials.privPassphrase().reveal()));
            // Localized per engine: two agents may share a user name with different passphrases.
            usm.addUser(user, id, usmUser);
            return id;
        });
    }

    /**
     * Forgets everything learnt about the SNMPv3 engine at an address, so the next poll discovers it again: for
     * an agent that restarted with a new engine ID (replaced, reset, re-imaged). net-snmp silently drops requests
     * for an engine ID it no longer has, so the only sign is a timeout, and without this the stale ID would be
     * used until dcim restarts. Only the given engine is forgotten: a newer one another poll just discovered
     * stays.
     *
     * @param engineId the engine ID the failed poll used
     * @param user     the user localized for that engine, whose keys are of no use any more
     */
    void forgetEngine(UdpAddress address, OctetString engineId, String user) {
        engineIds.computeIfPresent(address, (a, known) ->
                known.isDone() && !known.isCompletedExceptionally() && engineId.equals(known.getNow(null)) ? null : known);
        // SNMP4J's own caches by address: the authoritative engine and the context engine of scoped PDUs.
        OctetString cached = mpv3.getEngineID(address);
        if (engineId.equals(cached)) {
            mpv3.removeEngineID(address);
        }
        if (engineId.equals(snmp.getCachedContextEngineId(address))) {
            snmp.removeCachedContextEngineId(address);
        }
        usm.removeEngineTime(engineId);
        usm.removeAllUsers(new OctetString(user), engineId);
        LOG.info("Forgot SNMPv3 engine {} at {} after a poll went unanswered; the next poll discovers it again",
                engineId.toHexString(), address);
    }

    static Target<UdpAddress> communityTarget(PollTarget t, UdpAddress address, SnmpCredentials.Community c) {
        CommunityTarget<UdpAddress> target = new CommunityTarget<>(address, new OctetString(c.community().reveal()));
        target.setVersion(c.version().snmp4jVersion());
        target.setTimeout(t.timeout().toMillis());
        target.setRetries(t.retries());
        return target;
    }

    static Target<UdpAddress> userTarget(PollTarget t, UdpAddress address, SnmpCredentials.Usm u, OctetString engineId) {
        UserTarget<UdpAddress> target = new UserTarget<>(address, new OctetString(u.user()), engineId.getValue(),
                u.securityLevel());
        target.setVersion(SnmpVersion.V3.snmp4jVersion());
        target.setTimeout(t.timeout().toMillis());
        target.setRetries(t.retries());
        return target;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            snmp.close();
        } catch (IOException e) {
            LOG.warn("closing SNMP poller socket failed: {}", e.getMessage());
        }
        discoveryPool.shutdownNow();
        for (TargetPoll poll : List.copyOf(active)) {
            poll.abort("poller closed");
        }
    }

    /** What came back for one request: a response PDU, or nothing (timeout), or a send error. */
    record Answer(PDU response, Exception error) {
    }
}
