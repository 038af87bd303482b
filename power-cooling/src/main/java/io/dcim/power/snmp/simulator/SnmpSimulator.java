package io.dcim.power.snmp.simulator;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.power.snmp.ScopedPduFactory;
import io.dcim.power.snmp.Snmp4jSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.mo.snmp.CoexistenceInfo;
import org.snmp4j.agent.mo.snmp.CoexistenceInfoProvider;
import org.snmp4j.agent.security.VACM;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.MessageProcessingModel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real SNMP agent (SNMP4J + snmp4j-agent's {@link CommandProcessor}) on a loopback UDP port, serving many
 * {@link VirtualDevice}s at once: a v1/v2c request selects a device by community, a v3 request by context
 * name. Answers are delayed by a configurable latency on a scheduler (no thread sleeps per request) and a
 * configurable share of requests is dropped, to imitate slow or lossy rack PDUs.
 *
 * <p>No snmp4j-agent {@code BaseAgent}, no JVM-wide security singletons, no config files: every simulator
 * owns its engine ID, USM, MO server and threads (one UDP listener, one responder), so several can start
 * and stop in one JVM.
 */
public final class SnmpSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnmpSimulator.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final OctetString VIEW = new OctetString("all");

    private final OctetString engineId;
    private final Snmp snmp;
    private final DefaultUdpTransportMapping transport;
    private final DefaultMOServer server = new DefaultMOServer();
    private final Map<String, VirtualDevice> devices = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor responder;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> maxInFlight = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private volatile long latencyNanos;
    private volatile double lossRate;

    private SnmpSimulator(InetSocketAddress bind, Collection<VirtualDevice> initial, List<SimulatedUser> users) {
        int instance = INSTANCES.incrementAndGet();
        this.engineId = new OctetString(MPv3.createLocalEngineID(new OctetString("dcim-sim-" + instance)));
        SecurityProtocols protocols = Snmp4jSecurity.protocols();
        USM usm = new USM(protocols, engineId, 1);
        for (SimulatedUser u : users) {
            OctetString name = new OctetString(u.name());
            usm.addUser(name, engineId, new UsmUser(name, u.auth().oid(),
                    u.authPassphrase() == null ? null : new OctetString(u.authPassphrase().reveal()), u.priv().oid(),
                    u.privPassphrase() == null ? null : new OctetString(u.privPassphrase().reveal())));
        }
        SecurityModels models = new SecurityModels();
        models.addSecurityModel(usm);
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv1());
        dispatcher.addMessageProcessingModel(new MPv2c());
        dispatcher.addMessageProcessingModel(new ReportingMPv3(engineId.getValue(), protocols, models));
        this.responder = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "snmp-sim-responder-" + instance);
            t.setDaemon(true);
            return t;
        });
        responder.setRemoveOnCancelPolicy(true);
        try {
            transport = new DefaultUdpTransportMapping(new UdpAddress(bind.getAddress(), bind.getPort()));
            transport.setReceiveBufferSize(8 * 1024 * 1024);
            snmp = new Snmp(dispatcher, transport);
            DelayingProcessor processor = new DelayingProcessor(engineId);
            processor.setVacm(new ReadAll());
            processor.setCoexistenceProvider(new CommunityIsContext());
            processor.addMOServer(server);
            try {
                server.register(new DeviceObject(devices), null); // null context: registered for all contexts
            } catch (DuplicateRegistrationException e) {
                throw new IllegalStateException(e);
            }
            snmp.addCommandResponder(processor);
            initial.forEach(this::addDevice);
            snmp.listen();
            // Its own name (not SNMP4J's DefaultUDPTransportMapping_…, the pollers' too): requests are answered on this
            // thread, so the cluster benchmark counts the agents' CPU apart from the node's polling.
            transport.setThreadName("snmp-sim-listen-" + instance);
        } catch (IOException e) {
            responder.shutdownNow();
            throw new UncheckedIOException("cannot open simulator socket on " + bind, e);
        }
    }

    /** Starts a simulator on 127.0.0.1 at a free port. */
    public static SnmpSimulator start(Collection<VirtualDevice> devices, List<SimulatedUser> users) {
        return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), devices, users);
    }

    public static SnmpSimulator start(InetSocketAddress bind, Collection<VirtualDevice> devices, List<SimulatedUser> users) {
        return new SnmpSimulator(bind, devices, users);
    }

    public InetSocketAddress address() {
        UdpAddress a = transport.getListenAddress();
        return new InetSocketAddress(a.getInetAddress(), a.getPort());
    }

    public String engineIdHex() {
        return engineId.toHexString().replace(":", "");
    }

    public void addDevice(VirtualDevice device) {
        OctetString context = new OctetString(device.key());
        if (devices.putIfAbsent(device.key(), device) != null) {
            throw new ConflictException("device.key", Message.of("power.simulator.deviceExists", device.key()));
        }
        server.addContext(context);
    }

    /** Delay before each answer; 0 answers at once. */
    public void setLatency(Duration latency) {
        if (latency.isNegative()) {
            throw new InvalidValueException("simulator.latency", Message.of("power.field.notNegative"));
        }
        this.latencyNanos = latency.toNanos();
    }

    /** Share of requests silently dropped, 0.0 to 1.0 (1.0 = a silent agent). */
    public void setLossRate(double rate) {
        if (rate < 0 || rate > 1) {
            throw new InvalidValueException("simulator.lossRate", Message.of("power.simulator.lossRate"));
        }
        this.lossRate = rate;
    }

    public Stats stats() {
        int max = maxInFlight.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
        return new Stats(received.get(), dropped.get(), answered.get(), max);
    }

    /** Most requests for this device that were being processed or waiting for their answer at the same time. */
    public int maxConcurrentRequests(String deviceKey) {
        AtomicInteger m = maxInFlight.get(deviceKey);
        return m == null ? 0 : m.get();
    }

    /** Stops listening at once; answers still scheduled are discarded, as when a device dies. */
    @Override
    public void close() {
        responder.shutdownNow();
        try {
            snmp.close();
        } catch (IOException e) {
            LOG.warn("closing simulator socket failed: {}", e.getMessage());
        }
    }

    /** @param maxConcurrentPerDevice highest per-device concurrency seen, over all devices */
    public record Stats(long received, long dropped, long answered, int maxConcurrentPerDevice) {
    }

    private static String deviceKeyOf(CommandResponderEvent<?> event) {
        PDU pdu = event.getPDU();
        if (pdu instanceof ScopedPDU scoped && event.getMessageProcessingModel() == MessageProcessingModel.MPv3) {
            return scoped.getContextName().toString();
        }
        return new String(event.getSecurityName(), StandardCharsets.ISO_8859_1);
    }

    /** Drops a share of requests, counts per-device concurrency, and schedules answers instead of sending them. */
    private final class DelayingProcessor extends CommandProcessor {

        DelayingProcessor(OctetString contextEngineId) {
            super(contextEngineId);
        }

        @Override
        public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
            received.incrementAndGet();
            double loss = lossRate;
            if (loss > 0 && (loss >= 1 || ThreadLocalRandom.current().nextDouble() < loss)) {
                dropped.incrementAndGet();
                event.setProcessed(true);
                return;
            }
            String key = deviceKeyOf(event);
            if (devices.containsKey(key)) {
                int now = inFlight.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                maxInFlight.computeIfAbsent(key, k -> new AtomicInteger()).accumulateAndGet(now, Math::max);
            }
            super.processPdu(event);
        }

        @Override
        protected <A extends Address> void sendResponse(CommandResponderEvent<A> event, PDU response) {
            Runnable send = () -> {
                String key = deviceKeyOf(event);
                AtomicInteger counter = inFlight.get(key);
                if (counter != null) {
                    counter.decrementAndGet();
                }
                answered.incrementAndGet();
                super.sendResponse(event, response);
            };
            long delay = latencyNanos;
            if (delay <= 0) {
                send.run();
            } else if (!responder.isShutdown()) {
                responder.schedule(send, delay, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** v1/v2c: the community names the device, i.e. the context of the request. Unknown communities are dropped. */
    private final class CommunityIsContext implements CoexistenceInfoProvider {
        @Override
        public CoexistenceInfo[] getCoexistenceInfo(OctetString community) {
            if (!devices.containsKey(community.toString())) {
                return null;
            }
            return new CoexistenceInfo[] {new CoexistenceInfo(community, engineId, community)};
        }

        @Override
        public OctetString getCommunity(OctetString securityName, OctetString contextEngineID, OctetString contextName) {
            return contextName;
        }

        @Override
        public boolean passesFilter(Address address, CoexistenceInfo info) {
            return true;
        }
    }

    /** Everyone who authenticated may read everything: access control is not what the simulator is for. */
    private static final class ReadAll implements VACM {
        @Override
        public int isAccessAllowed(OctetString context, OctetString securityName, int securityModel, int securityLevel,
                                   int viewType, OID oid) {
            return viewType == VACM.VIEW_READ ? VACM.VACM_OK : VACM.VACM_NOT_IN_VIEW;
        }

        @Override
        public int isAccessAllowed(OctetString viewName, OID oid) {
            return VIEW.equals(viewName) ? VACM.VACM_OK : VACM.VACM_NOT_IN_VIEW;
        }

        @Override
        public OctetString getViewName(OctetString context, OctetString securityName, int securityModel,
                                       int securityLevel, int viewType) {
            return viewType == VACM.VIEW_READ ? VIEW : null;
        }
    }

    /**
     * RFC 3414 (3.2) reports USM errors (unknown user, wrong digest, decryption error) at noAuthNoPriv: the
     * agent cannot authenticate a report to a sender whose keys it rejected. SNMP4J only does that when the
     * JVM-wide {@code SNMP4JSettings.reportSecurityLevelStrategy} says so; rather than change global state for
     * every SNMP4J user in the process, this simulator lowers the level of its own USM-error reports.
     */
    private static final class ReportingMPv3 extends MPv3 {
        private static final OID USM_STATS = new OID("1.3.6.1.6.3.15.1.1");
        /** notInTimeWindows must stay authenticated: the manager uses it to synchronise engine time. */
        private static final OID NOT_IN_TIME_WINDOWS = new OID("1.3.6.1.6.3.15.1.1.2");

        ReportingMPv3(byte[] engineId, SecurityProtocols protocols, SecurityModels models) {
            super(engineId, new ScopedPduFactory(), protocols, models, new CounterSupport());
        }

        @Override
        public int sendReport(org.snmp4j.MessageDispatcher dispatcher, ScopedPDU pdu, int securityLevel,
                              int securityModel, OctetString securityName, int maxSizeResponseScopedPDU,
                              org.snmp4j.mp.StateReference<?> stateReference, org.snmp4j.smi.VariableBinding payload) {
            int level = payload != null && payload.getOid().startsWith(USM_STATS)
                    && !payload.getOid().startsWith(NOT_IN_TIME_WINDOWS)
                    ? org.snmp4j.security.SecurityLevel.NOAUTH_NOPRIV : securityLevel;
            return super.sendReport(dispatcher, pdu, level, securityModel, securityName, maxSizeResponseScopedPDU,
                    stateReference, payload);
        }
    }
}
