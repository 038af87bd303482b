package io.dcim.power.demo;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.gpu.GpuDirectory;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.power.demo.DemoInventory.GpuServer;
import io.dcim.power.endpoint.RedfishTargetSpec;
import io.dcim.power.endpoint.RedfishTargetView;
import io.dcim.power.endpoint.RedfishTargets;
import io.dcim.power.redfish.simulator.RedfishSimulator;
import io.dcim.power.redfish.simulator.ServerSignal;
import io.dcim.power.redfish.simulator.VirtualServer;
import io.dcim.power.secret.Secret;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's GPU servers' BMCs: one built-in {@link RedfishSimulator} on loopback serving every GPU server of the
 * demo site (system and chassis named by its asset tag, its cards by their inventory serials), and a Redfish
 * endpoint registered for each so the ordinary sweeps poll them. Values come from the same {@link DemoModel} as
 * the SNMP simulator's PDUs: a server reports its part of its cabinet's draw, its cards their share of it.
 *
 * <p>HTTPS by default, with the certificate the simulator makes at start: the demo's endpoints trust it as an
 * operator trusts a BMC's factory certificate. Idempotent like {@link PowerDemo}: a server that has an endpoint
 * keeps it, pointed at this simulator. Without a demo site it serves nothing.
 */
public final class RedfishDemo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedfishDemo.class);
    /** The simulated BMCs' account: demo data, like the SNMP simulator's communities (the asset tags). */
    public static final String USER = "dcim-demo";
    private static final String PASSWORD = "demo-bmc-password";
    /** A cold JVM answering thousands of BMCs at once must not look like dead ones. */
    private static final int TIMEOUT_MS = 5_000;
    private static final int INTERVAL_S = 60;
    private static final int BATCH = 500;

    /** @param tls HTTPS with a self-signed certificate (trusted by the demo's endpoints), else HTTP */
    public record Options(boolean tls, Duration latency) {
        public static final Options DEFAULT = new Options(true, Duration.ZERO);
    }

    private final Database db;
    private final RedfishTargets targets;
    private final RedfishSimulator simulator;
    private final AtomicReference<DemoModel> model = new AtomicReference<>();
    private volatile int registered;

    private RedfishDemo(Database db, RedfishTargets targets, Options options) {
        this.db = db;
        this.targets = targets;
        this.simulator = RedfishSimulator.start(options.tls());
        simulator.addAccount(USER, PASSWORD);
        simulator.setLatency(options.latency());
    }

    public static RedfishDemo start(Database db, RedfishTargets targets, Options options) {
        RedfishDemo demo = new RedfishDemo(db, targets, options);
        try {
            demo.refresh();
            return demo;
        } catch (RuntimeException e) {
            demo.close();
            throw e;
        }
    }

    /** Reads the inventory again: servers added since get a virtual BMC and an endpoint. */
    public synchronized void refresh() {
        DemoInventory inventory = DemoInventory.load(db);
        if (inventory == null) {
            log.info("No demo site in the inventory: the Redfish simulator serves no server");
            return;
        }
        model.set(new DemoModel(inventory));
        Map<Long, List<GpuDirectory.Card>> cards = new HashMap<>();
        db.read(session -> GpuDirectory.inServersOfSite(session, inventory.site().id()))
                .forEach(c -> cards.computeIfAbsent(c.serverId(), k -> new ArrayList<>()).add(c));
        for (GpuServer s : inventory.gpuServers()) {
            if (!simulator.serves(s.assetTag())) {
                simulator.addServer(server(s, cards.getOrDefault(s.id(), List.of())));
            }
        }
        registered = register(inventory);
        log.info("Redfish simulator on {}://{} serves {} demo GPU servers ({} endpoints registered or repointed)",
                simulator.scheme(), address(), inventory.gpuServers().size(), registered);
    }

    public InetSocketAddress address() {
        return simulator.address();
    }

    public RedfishSimulator simulator() {
        return simulator;
    }

    /** Endpoints created or pointed at this simulator by the last refresh. */
    public int registered() {
        return registered;
    }

    @Override
    public void close() {
        simulator.close();
    }

    private VirtualServer server(GpuServer s, List<GpuDirectory.Card> cards) {
        List<String> serials = cards.stream().map(GpuDirectory.Card::serial).toList();
        double[] weights = new double[cards.size()];
        for (int i = 0; i < weights.length; i++) {
            GpuDirectory.Card c = cards.get(i);
            weights[i] = DemoModel.cardWeight(c.status() == GpuStatus.IN_SERVICE, c.allocated());
        }
        // The model is asked at every request, so a refresh takes effect at once.
        ServerSignal signal = new ServerSignal() {
            @Override
            public double serverWatts(Instant now) {
                return model.get().serverWatts(s.id(), now);
            }

            @Override
            public double gpuWatts(int gpu, Instant now) {
                return model.get().gpuWatts(s.id(), weights, gpu, now);
            }
        };
        // Half the demo's BMCs are of the newer kind (PowerSubsystem, EnvironmentMetrics), half of the older.
        return new VirtualServer(s.assetTag(), serials, s.id() % 2 == 0, signal);
    }

    private int register(DemoInventory inventory) {
        String host = address().getAddress().getHostAddress();
        int port = address().getPort();
        boolean tls = simulator.tls();
        List<RedfishTargetSpec> toCreate = new ArrayList<>();
        List<Long> toMove = new ArrayList<>();
        Map<Long, RedfishTargetView> existing = targets.bySiteDevice(inventory.site().id());
        for (GpuServer s : inventory.gpuServers()) {
            RedfishTargetView e = existing.get(s.id());
            if (e == null) {
                toCreate.add(new RedfishTargetSpec("bmc-" + s.assetTag(), host, port, tls, tls, USER,
                        Secret.of(PASSWORD), s.assetTag(), s.assetTag(), INTERVAL_S, TIMEOUT_MS, 0, true, s.id()));
            } else if (!e.host().equals(host) || e.port() != port || e.tls() != tls) {
                toMove.add(e.id());
            }
        }
        for (int from = 0; from < toCreate.size(); from += BATCH) {
            List<RedfishTargetSpec> batch = toCreate.subList(from, Math.min(toCreate.size(), from + BATCH));
            // One transaction per batch; cleared after each create, which flushed it (see PowerDemo.register).
            db.execute(session -> batch.forEach(spec -> {
                targets.create(spec);
                session.clear();
            }));
        }
        for (int from = 0; from < toMove.size(); from += BATCH) {
            targets.repoint(toMove.subList(from, Math.min(toMove.size(), from + BATCH)), host, port, tls, tls);
        }
        return toCreate.size() + toMove.size();
    }
}
