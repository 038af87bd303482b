package io.dcim.power.bench;

import io.dcim.power.collect.CollectRequest;
import io.dcim.power.collect.Collected;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.redfish.RedfishCollector;
import io.dcim.power.redfish.RedfishConfig;
import io.dcim.power.redfish.RedfishCredentials;
import io.dcim.power.redfish.RedfishReadPlan;
import io.dcim.power.redfish.simulator.RedfishSimulator;
import io.dcim.power.redfish.simulator.ServerSignal;
import io.dcim.power.redfish.simulator.VirtualServer;
import io.dcim.testing.BenchScale;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One sweep of the flagship site's GPU servers over Redfish: 7,200 simulated 8-GPU servers (57,600 GPUs) behind
 * the built-in simulator answering every request after 100 ms, collector and simulator in this JVM on loopback.
 * The simulator advertises {@code $expand}, so a server's poll is one request for the server's draw and one for
 * its processors with every GPU's metrics inlined (2 requests); the first sweep also logs in and finds each BMC's
 * layout (login, service root, chassis, processors expanded: 4 requests), so it is timed apart.
 *
 * <p>{@code -Dbench.servers=} changes the count, {@code -Dbench.tls=true} runs over HTTPS (the simulator's
 * self-signed certificate, trusted), {@code -Dbench.inflight=} the collector's requests in flight,
 * {@code -Dbench.expand=false} a simulator without {@code $expand} (one request per resource: 9 a poll, 23 on
 * the first).
 */
public final class RedfishBenchmarks {

    private static final int SERVERS = Integer.getInteger("bench.servers", BenchScale.pick(7_200, 40));
    private static final int GPUS = 8;
    private static final Duration LATENCY = Duration.ofMillis(Long.getLong("bench.latencyMs", 100));
    private static final boolean TLS = Boolean.getBoolean("bench.tls");
    private static final int IN_FLIGHT = Integer.getInteger("bench.inflight", RedfishConfig.DEFAULT_MAX_IN_FLIGHT);
    private static final boolean EXPAND = Boolean.parseBoolean(System.getProperty("bench.expand", "true"));

    public static void main(String[] args) throws Exception {
        if (!Benchmarks.selected("redfish")) {
            return;
        }
        try (RedfishSimulator simulator = RedfishSimulator.start(TLS);
             RedfishCollector collector = new RedfishCollector(RedfishConfig.defaults().withMaxInFlight(IN_FLIGHT))) {
            simulator.addAccount("bench", "bench-password");
            simulator.setExpandQuery(EXPAND ? RedfishSimulator.ExpandQuery.ANSWERED
                    : RedfishSimulator.ExpandQuery.NOT_SUPPORTED);
            List<CollectRequest> requests = new ArrayList<>(SERVERS);
            for (int i = 0; i < SERVERS; i++) {
                String id = String.format("srv-%05d", i);
                List<String> serials = new ArrayList<>(GPUS);
                for (int g = 0; g < GPUS; g++) {
                    serials.add(String.format("GPU%06d-%d", i, g));
                }
                simulator.addServer(new VirtualServer(id, serials, i % 2 == 0,
                        ServerSignal.steady(9_000 + (i % 100) * 20, GPUS, 0.55)));
                requests.add(new CollectRequest(Integer.toString(i), simulator.address(),
                        RedfishCredentials.of("bench", "bench-password"), Duration.ofSeconds(10), 1,
                        new RedfishReadPlan(id, id, TLS, true)));
            }
            simulator.setLatency(LATENCY);
            System.out.printf("Redfish sweep benchmark: %,d servers x %d GPUs (%,d GPUs) over %s, simulator latency"
                            + " %d ms, %d requests in flight, $expand %s%n", SERVERS, GPUS, SERVERS * GPUS,
                    simulator.scheme(), LATENCY.toMillis(), IN_FLIGHT, EXPAND ? "advertised" : "not supported");
            sweep("first sweep (login, layout)", collector, simulator, requests);
            for (int run = 1; run <= BenchScale.pick(2, 1); run++) {
                sweep("sweep " + run, collector, simulator, requests);
            }
        }
    }

    private static void sweep(String label, RedfishCollector collector, RedfishSimulator simulator,
                              List<CollectRequest> requests) throws Exception {
        Map<String, Long> threadsBefore = threadCpuByKind();
        long requestsBefore = simulator.requests();
        long connectionsBefore = simulator.connectionsOpened();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        List<CompletableFuture<Collected>> futures = new ArrayList<>(requests.size());
        requests.forEach(r -> futures.add(collector.collect(r)));
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(600, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        long readings = 0;
        Map<PollOutcome, Long> outcomes = new TreeMap<>();
        for (CompletableFuture<Collected> f : futures) {
            readings += f.join().readings().size();
            outcomes.merge(f.join().outcome(), 1L, Long::sum);
        }
        System.out.printf("%-28s wall %6.2f s | process CPU %6.2f s (collector and simulator) | requests %,d"
                        + " (%,.0f/s) | readings %,d | outcomes %s%n", label, wall, cpu,
                simulator.requests() - requestsBefore, (simulator.requests() - requestsBefore) / wall, readings,
                outcomes);
        Map<String, Long> threadsAfter = threadCpuByKind();
        StringBuilder split = new StringBuilder();
        threadsAfter.forEach((kind, nanos) -> split.append(String.format(" %s %.2f s", kind,
                (nanos - threadsBefore.getOrDefault(kind, 0L)) / 1e9)));
        System.out.printf("%-28s thread CPU:%s | connections opened %,d%n", "", split,
                simulator.connectionsOpened() - connectionsBefore);
    }

    /** CPU per kind of thread: the simulator's, the collector's (its HTTP client's), the rest. */
    private static Map<String, Long> threadCpuByKind() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new TreeMap<>();
        for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long t = mx.getThreadCpuTime(info.getThreadId());
            String name = info.getThreadName();
            String kind = name.startsWith("redfish-sim") ? "simulator" : name.startsWith("redfish-client")
                    || name.startsWith("HttpClient") ? "collector" : "other";
            cpu.merge(kind, Math.max(0, t), Long::sum);
        }
        return cpu;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
