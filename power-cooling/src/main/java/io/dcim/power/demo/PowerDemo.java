package io.dcim.power.demo;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.power.demo.DemoInventory.Monitored;
import io.dcim.power.profile.Metrics;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.snmp.simulator.ProfileDevices;
import io.dcim.power.snmp.simulator.SnmpSimulator;
import io.dcim.power.snmp.simulator.VirtualDevice;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.SnmpTarget;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetService;
import io.dcim.power.endpoint.TargetSpec;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's live power data: one built-in {@link SnmpSimulator} on loopback UDP serving every PDU,
 * UPS and cooling unit of the inventory's demo site (one virtual device each, selected by community), with an
 * SNMP target registered for each so the ordinary sweeps poll them. Values follow the inventory
 * ({@link DemoModel}): GPU cabinets draw by allocation, UPSes carry their room's load times the design PUE,
 * coolers and inlets follow the load.
 *
 * <p>Idempotent: a device that has a target (by name: its asset tag) keeps it, pointed at this simulator's
 * address; only devices without one get one. Without a demo site it serves nothing and registers nothing.
 * The application decides whether to start it ({@code DCIM_SNMP_SIMULATOR=off} does not).
 */
public final class PowerDemo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PowerDemo.class);
    /** Rows per table of each virtual device: three phases, three UPS lines. */
    private static final int ROWS = 3;
    /** Generous for loopback: a cold JVM answering 8,000 devices at once must not look like dead PDUs. */
    private static final int TIMEOUT_MS = 3_000;
    private static final int RETRIES = 1;
    /** Targets per transaction when creating, and ids per bulk update (well under parameter limits). */
    private static final int BATCH = 500;
    /** The demo's rack PDUs (APC AP8886) are on 32 A breakers. */
    private static final int PDU_BREAKER_A = 32;

    private final Database db;
    private final TargetService targets;
    private final ProfileCatalog profiles;
    private final SnmpSimulator simulator;
    private final AtomicReference<DemoModel> model = new AtomicReference<>();
    private final Set<String> served = new HashSet<>();
    private final List<io.dcim.power.lldp.LldpTarget> lldpTargets = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile DemoRegistration lastRegistration;
    private volatile DemoPowerHistory history;

    private PowerDemo(Database db, TargetService targets, ProfileCatalog profiles, DemoOptions options) {
        this.db = db;
        this.targets = targets;
        this.profiles = profiles;
        this.simulator = SnmpSimulator.start(options.bind(), List.of(), List.of());
        simulator.setLatency(options.latency());
        simulator.setLossRate(options.lossRate());
    }

    /** Starts the simulator and registers the demo site's devices as its targets. */
    public static PowerDemo start(Database db, TargetService targets, ProfileCatalog profiles, DemoOptions options) {
        PowerDemo demo = new PowerDemo(db, targets, profiles, options);
        try {
            demo.refresh();
            if (options.history()) {
                demo.writeHistoryIfNone();
            }
            return demo;
        } catch (RuntimeException e) {
            demo.close();
            throw e;
        }
    }

    /**
     * Reads the inventory again: new allocations change the draw from now on, and devices added since get a
     * virtual device and a target.
     */
    public synchronized DemoRegistration refresh() {
        DemoInventory inventory = DemoInventory.load(db);
        if (inventory == null) {
            lastRegistration = new DemoRegistration(0, 0, 0, 0);
            log.info("No demo site in the inventory: the SNMP simulator serves no device");
            return lastRegistration;
        }
        lastRegistration = register(inventory);
        Map<String, Long> targetIds = new HashMap<>();
        existingTargets(inventory.site().id()).forEach((name, target) -> targetIds.put(name, target.id()));
        recordChain(inventory, targetIds);
        // The chain decides which outlets each PDU meters, so the devices are served once it is recorded.
        DemoModel withOutlets = new DemoModel(inventory, DemoChain.outlets(db, inventory, targetIds));
        model.set(withOutlets);
        for (Monitored d : inventory.devices()) {
            String key = community(d);
            if (served.add(key)) {
                simulator.addDevice(device(d, key, withOutlets.outlets(d.id(), d.cabinetId())));
            }
        }
        serveLldp(inventory.site().id());
        log.info("SNMP simulator on {} serves {} demo devices: {} targets created, {} pointed at it, {} unchanged",
                address(), inventory.devices().size(), lastRegistration.created(), lastRegistration.repointed(),
                lastRegistration.unchanged());
        return lastRegistration;
    }

    /**
     * Into a store without readings, the history the simulator would have given (see {@link DemoPowerHistory}):
     * written in the background, the site's last day first.
     */
    private void writeHistoryIfNone() {
        DemoInventory inventory = DemoInventory.load(db);
        if (inventory == null || model.get() == null || !DemoPowerHistory.storeIsEmpty(db)) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        existingTargets(inventory.site().id()).forEach((name, target) -> ids.put(name, target.id()));
        DemoPowerHistory written = new DemoPowerHistory(db, model.get(),
                DemoPowerHistory.sources(inventory.devices(), ids), java.time.Clock.systemUTC());
        history = written;
        written.start();
    }

    /**
     * Waits until the demo's power history is written (tests and benchmarks); true at once when this start
     * wrote none.
     */
    public boolean awaitHistory(java.time.Duration timeout) throws InterruptedException {
        DemoPowerHistory h = history;
        return h == null || h.await(timeout);
    }

    /** Readings and buckets this start wrote as history: 0 when the store had readings already. */
    public long historyRows() {
        DemoPowerHistory h = history;
        return h == null ? 0 : h.rowsWritten();
    }

    public InetSocketAddress address() {
        return simulator.address();
    }

    /** The demo switches serving LLDP tables (with the faults of {@link DemoLldp}), for the cabling check. */
    public List<io.dcim.power.lldp.LldpTarget> lldpTargets() {
        return List.copyOf(lldpTargets);
    }

    /** The demo's power chain, once (see {@link DemoChain}), with its PDUs metering its feeds. */
    private void recordChain(DemoInventory inventory, Map<String, Long> targetIds) {
        DemoChain.Made made = DemoChain.recordIfNone(db, inventory, targetIds);
        if (made.sources() > 0) {
            log.info("Demo power chain recorded: {} sources, {} feeds, {} supplies plugged; overloaded on failover on"
                    + " purpose: cabinet {}; single-corded on purpose: devices {}", made.sources(), made.feeds(),
                    made.plugs(), made.overloadedCabinetId(), made.singleCorded());
        }
    }

    /** The site's switches play their neighbour tables from the recorded cabling, with {@link DemoLldp}'s faults. */
    private void serveLldp(long siteId) {
        DemoLldp.Tables tables;
        try {
            tables = DemoLldp.of(new io.dcim.inventory.cable.CableLinks(db).installed(siteId));
        } catch (IllegalStateException e) {
            log.info("The demo site's fabric is too small to fault: its switches serve no LLDP tables");
            return;
        }
        tables.bySwitch().forEach((device, rows) -> {
            String key = "lldp-" + device.toLowerCase(java.util.Locale.ROOT);
            if (served.add(key)) {
                simulator.addDevice(io.dcim.power.snmp.simulator.LldpTables.device(key, rows));
                lldpTargets.add(new io.dcim.power.lldp.LldpTarget(siteId, device, address(),
                        io.dcim.power.snmp.SnmpCredentials.v2c(key)));
            }
        });
        log.info("SNMP simulator serves LLDP tables of {} switches; faults made on purpose: swapped {}, missing {},"
                + " wrong rail {}", tables.bySwitch().size(), tables.faults().swapped(), tables.faults().missing(),
                tables.faults().wrongRail());
    }

    public DemoRegistration lastRegistration() {
        return lastRegistration;
    }

    /** The simulator, for its statistics and to change latency or loss while running. */
    public SnmpSimulator simulator() {
        return simulator;
    }

    /** Stops the simulator; the targets stay (they time out until the next start points them at it again). */
    @Override
    public void close() {
        DemoPowerHistory h = history;
        if (h != null) {
            h.stop();
        }
        simulator.close();
    }

    private VirtualDevice device(Monitored d, String key, int outlets) {
        // The signal asks the current model at every request, so a refresh takes effect at once.
        return ProfileDevices.device(key, profiles.get(profileId(d.kind())),
                metric -> Metrics.PDU_OUTLET_POWER_W.equals(metric) ? outlets : ROWS,
                (metric, instance, now) -> model.get().signal(d).value(metric, instance, now));
    }

    private DemoRegistration register(DemoInventory inventory) {
        String host = address().getAddress().getHostAddress();
        int port = address().getPort();
        Map<String, Existing> existing = existingTargets(inventory.site().id());
        List<TargetSpec> toCreate = new ArrayList<>();
        List<Long> toMove = new ArrayList<>();
        int unchanged = 0;
        Map<Long, Integer> pdusSeen = new HashMap<>();
        for (Monitored d : inventory.devices()) {
            Feed feed = null;
            if (d.kind() == DeviceKind.PDU && d.cabinetId() != null) {
                feed = pdusSeen.merge(d.cabinetId(), 1, Integer::sum) == 1 ? Feed.A : Feed.B;
            }
            Existing e = existing.get(d.assetTag());
            if (e == null) {
                toCreate.add(spec(d, inventory.site().id(), feed, host, port));
            } else if (!e.host().equals(host) || e.port() != port) {
                toMove.add(e.id());
            } else {
                unchanged++;
            }
        }
        for (int from = 0; from < toCreate.size(); from += BATCH) {
            List<TargetSpec> batch = toCreate.subList(from, Math.min(toCreate.size(), from + BATCH));
            // One transaction per batch. Each create flushes its target; clearing the session after it keeps the
            // next create's name check (a query, so an automatic flush of every entity the session holds) from
            // going over all the targets created before it: hundreds of them made registering the demo quadratic.
            db.execute(session -> batch.forEach(spec -> {
                targets.create(spec);
                session.clear();
            }));
        }
        for (int from = 0; from < toMove.size(); from += BATCH) {
            targets.moveEndpoint(toMove.subList(from, Math.min(toMove.size(), from + BATCH)), host, port);
        }
        return new DemoRegistration(inventory.devices().size(), toCreate.size(), toMove.size(), unchanged);
    }

    private Map<String, Existing> existingTargets(long siteId) {
        return db.read(session -> {
            Map<String, Existing> byName = new HashMap<>();
            for (Object[] row : session.createQuery("select t.id, t.name, t.host, t.port from SnmpTarget t"
                    + " where t.site.id = :site", Object[].class).setParameter("site", siteId).getResultList()) {
                byName.put((String) row[1], new Existing((Long) row[0], (String) row[2], (Integer) row[3]));
            }
            return byName;
        });
    }

    private static TargetSpec spec(Monitored d, long siteId, Feed feed, String host, int port) {
        TargetRole role = switch (d.kind()) {
            case PDU -> TargetRole.PDU;
            case UPS -> TargetRole.UPS;
            default -> TargetRole.COOLING;
        };
        return new TargetSpec(d.assetTag(), host, port, SnmpVersion.V2C, TargetCredentials.community(community(d)),
                profileId(d.kind()), SnmpTarget.DEFAULT_INTERVAL_S, TIMEOUT_MS, RETRIES, true, siteId,
                d.cabinetId() == null ? d.roomId() : null, d.cabinetId(), role, feed,
                role == TargetRole.PDU ? PDU_BREAKER_A : null);
    }

    private static String profileId(DeviceKind kind) {
        return switch (kind) {
            case PDU -> "apc-rpdu2";
            case UPS -> "ups-mib";
            default -> "generic-cooling";
        };
    }

    /** The community selecting the device on the simulator: its asset tag, lower case. */
    private static String community(Monitored d) {
        return d.assetTag().toLowerCase(Locale.ROOT);
    }

    private record Existing(long id, String host, int port) {
    }
}
