package io.dcim.power.bench;

import io.dcim.power.collect.CollectRequest;
import io.dcim.power.collect.Collected;
import io.dcim.power.profile.DeviceProfile;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.snmp.simulator.MetricSignal;
import io.dcim.power.snmp.simulator.ProfileDevices;
import io.dcim.power.snmp.simulator.SnmpSimulator;
import io.dcim.power.snmp.simulator.VirtualDevice;
import io.dcim.power.snmp.PollTarget;
import io.dcim.power.snmp.TestPollers;
import io.dcim.power.snmp.SnmpCollector;
import io.dcim.power.snmp.SnmpCredentials;
import io.dcim.power.snmp.SnmpPoller;
import io.dcim.power.snmp.SweepResult;
import io.dcim.testing.BenchScale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One sweep of 8,000 simulated APC rack PDUs (30 values each: 6 columns x 5 rows) against the built-in
 * simulator answering after 200 ms, poller and simulator in this JVM on loopback.
 *
 * <p>CPU attribution: per-thread CPU time (ThreadMXBean) before and after the sweep. Threads whose name
 * contains the simulator's port or {@code snmp-sim} are the simulator's; all other Java threads are counted
 * as the poller's (its UDP listener, SNMP4J timer, and the main thread that issues the sweep). JVM-internal
 * GC and JIT threads are not Java threads; "process - simulator" also charges them to the poller, as an
 * upper bound.
 *
 * <p>Then the same sweep through the {@link SnmpCollector}, as the scheduled sweep asks it: values mapped to
 * readings by the profile's read plan as each poll completes.
 *
 * <p>The storage of readings is measured by {@link ReadingBenchmarks}, which the same profile runs next.
 */
public final class Benchmarks {

    /** {@code -Dbench.devices=2000} for a quicker side-by-side comparison than the README's full scale. */
    private static final int DEVICES = Integer.getInteger("bench.devices", BenchScale.pick(8_000, 50));
    private static final int ROWS = 5;

    public static void main(String[] args) throws Exception {
        if (!selected("sweep")) {
            return;
        }
        DeviceProfile apc = ProfileCatalog.builtIn().get("apc-rpdu2");
        List<VirtualDevice> devices = new ArrayList<>(DEVICES);
        for (int i = 0; i < DEVICES; i++) {
            devices.add(ProfileDevices.device(String.format("pdu-%04d", i), apc, ROWS, MetricSignal.typical(i)));
        }
        try (SnmpSimulator sim = SnmpSimulator.start(devices, List.of());
             SnmpPoller poller = new SnmpPoller(TestPollers.onLoopback())) {
            sim.setLatency(Duration.ofMillis(200));
            List<PollTarget> targets = new ArrayList<>(DEVICES);
            for (VirtualDevice d : devices) {
                targets.add(apc.pollTarget(d.key(), sim.address(), SnmpCredentials.v2c(d.key()), Duration.ofSeconds(3), 1));
            }
            System.out.printf("SNMP sweep benchmark: %,d simulated PDUs x %d values, simulator latency 200 ms, "
                    + "in-flight limit %d global / %d per agent%n", DEVICES, apc.columns().size() * ROWS,
                    poller.config().maxInFlight(), poller.config().maxInFlightPerAgent());
            sweep("warm-up", poller, sim, targets.subList(0, Math.min(1_000, DEVICES)));
            for (int run = 1; run <= BenchScale.pick(3, 1); run++) {
                sweep("sweep " + run, poller, sim, targets);
            }
            List<CollectRequest> requests = new ArrayList<>(DEVICES);
            for (VirtualDevice d : devices) {
                requests.add(new CollectRequest(d.key(), sim.address(), SnmpCredentials.v2c(d.key()),
                        Duration.ofSeconds(3), 1, apc.readPlan()));
            }
            collect("collector sweep", new SnmpCollector(poller), sim, requests);
        }
    }

    /**
     * The profile runs every power benchmark; {@code -Dbench=sweep} or {@code -Dbench=readings} runs one
     * (exec:java runs in Maven's JVM, so the property is visible here).
     */
    static boolean selected(String name) {
        String wanted = System.getProperty("bench", "");
        return wanted.isBlank() || wanted.equalsIgnoreCase(name);
    }

    private static void sweep(String label, SnmpPoller poller, SnmpSimulator sim, List<PollTarget> targets) throws Exception {
        String simPort = Integer.toString(sim.address().getPort());
        Map<Long, Long> before = threadCpu();
        long processBefore = processCpuNanos();
        long simRequestsBefore = sim.stats().received();
        SweepResult result = poller.sweep(targets).get(120, TimeUnit.SECONDS);
        long processCpu = processCpuNanos() - processBefore;
        Map<Long, Long> after = threadCpu();
        long simCpu = 0;
        long pollerCpu = 0;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            long delta = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            ThreadInfo info = mx.getThreadInfo(e.getKey());
            String name = info == null ? "" : info.getThreadName();
            if (name.contains(simPort) || name.startsWith("snmp-sim")) {
                simCpu += delta;
            } else {
                pollerCpu += delta;
            }
        }
        double wall = result.wallTime().toNanos() / 1e9;
        System.out.printf("%-24s wall %6.2f s | values %,9d (%,.0f values/s) | outcomes %s | requests %,d%n",
                label, wall, result.valueCount(), result.valueCount() / wall, result.countByOutcome(),
                sim.stats().received() - simRequestsBefore);
        System.out.printf("%-24s CPU: poller threads %.2f s, process %.2f s, simulator threads %.2f s, "
                + "process - simulator %.2f s%n", "", pollerCpu / 1e9, processCpu / 1e9, simCpu / 1e9,
                (processCpu - simCpu) / 1e9);
    }

    /** One sweep through the collector, readings included; the poller's back-off and engines are already warm. */
    private static void collect(String label, SnmpCollector collector, SnmpSimulator sim, List<CollectRequest> requests)
            throws Exception {
        String simPort = Integer.toString(sim.address().getPort());
        Map<Long, Long> before = threadCpu();
        long start = System.nanoTime();
        List<CompletableFuture<Collected>> futures = new ArrayList<>(requests.size());
        requests.forEach(r -> futures.add(collector.collect(r)));
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - start) / 1e9;
        Map<Long, Long> after = threadCpu();
        long pollerCpu = 0;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            ThreadInfo info = mx.getThreadInfo(e.getKey());
            String name = info == null ? "" : info.getThreadName();
            if (!name.contains(simPort) && !name.startsWith("snmp-sim")) {
                pollerCpu += e.getValue() - before.getOrDefault(e.getKey(), 0L);
            }
        }
        long readings = 0;
        Map<Object, Long> outcomes = new java.util.TreeMap<>();
        for (CompletableFuture<Collected> f : futures) {
            readings += f.join().readings().size();
            outcomes.merge(f.join().outcome(), 1L, Long::sum);
        }
        System.out.printf("%-24s wall %6.2f s | readings %,9d (%,.0f readings/s) | outcomes %s%n", label, wall,
                readings, readings / wall, outcomes);
        System.out.printf("%-24s CPU: poller threads %.2f s (polling and mapping to readings)%n", "", pollerCpu / 1e9);
    }

    private static Map<Long, Long> threadCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t >= 0) {
                cpu.put(id, t);
            }
        }
        return cpu;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
