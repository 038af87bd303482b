package io.dcim.power.bench;

import com.sun.net.httpserver.HttpServer;
import io.dcim.common.access.Caller;
import io.dcim.common.event.EventType;
import io.dcim.common.event.Events;
import io.dcim.common.persistence.Database;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.webhook.DeliveryPolicy;
import io.dcim.power.webhook.DispatchReport;
import io.dcim.power.webhook.RuleDetails;
import io.dcim.power.webhook.WebhookDeliveries;
import io.dcim.power.webhook.WebhookDispatcher;
import io.dcim.power.webhook.WebhookFacade;
import io.dcim.power.webhook.WebhookFormat;
import io.dcim.power.webhook.WebhookLanguage;
import io.dcim.power.webhook.WebhookRules;
import io.dcim.power.webhook.WebhookSender;
import io.dcim.testing.BenchDatabases;
import io.dcim.testing.BenchScale;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivery throughput: events written to the outbox (as the modules write them, in batches of 1,000), then one
 * rule's deliveries run from the outbox to a local JDK HTTP receiver answering 204 at once, signed JSON, batches
 * of 100 sent side by side, to the end. The figure is events delivered per second of the dispatch alone (fan-out,
 * claim, send, record), with the process's CPU time beside it.
 * Run: {@code mvn -B -q -Pbench-power -Dbench=webhooks -DskipTests -pl power-cooling -am verify}
 */
public final class WebhookBenchmarks {

    private static final int EVENTS = BenchScale.pick(20_000, 200);

    public static void main(String[] args) throws Exception {
        if (!Benchmarks.selected("webhooks")) {
            return;
        }
        BenchDatabases.h2FileAndPostgres("dcim-webhook-bench", WebhookBenchmarks::run);
    }

    private static void run(String name, Database db) throws Exception {
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.start();
        DeliveryPolicy policy = DeliveryPolicy.DEFAULT;
        Clock clock = Clock.systemUTC();
        try (WebhookSender sender = new WebhookSender(policy)) {
            WebhookRules rules = new WebhookRules(db, CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key()));
            WebhookFacade webhooks = new WebhookFacade(db, rules, new WebhookDeliveries(db, rules, sender, clock),
                    new WebhookDispatcher(db, rules, sender, policy, clock));
            Caller system = Caller.system("bench");
            webhooks.create(system, new RuleDetails("bench", WebhookFormat.JSON,
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "bench-secret",
                    Set.of(EventType.DEVICE_MOVED), null, WebhookLanguage.EN, true));
            long start = System.nanoTime();
            for (int written = 0; written < EVENTS; written += 1_000) {
                int from = written;
                db.execute(session -> {
                    for (int i = from; i < Math.min(from + 1_000, EVENTS); i++) {
                        Events.of(EventType.DEVICE_MOVED, "AT-" + i, (long) i, null).with("assetTag", "AT-" + i)
                                .with("from", "A01 U10 front").with("to", "A02 U20 front").record(session, Instant.now());
                    }
                });
            }
            double writeSeconds = (System.nanoTime() - start) / 1e9;
            long cpuBefore = cpuNanos();
            start = System.nanoTime();
            DispatchReport total = webhooks.dispatch(system);
            while (total.delivered() < EVENTS) {
                DispatchReport more = webhooks.dispatch(system);
                if (more.attempted() == 0) {
                    break;
                }
                total = new DispatchReport(total.events() + more.events(), total.created() + more.created(),
                        total.attempted() + more.attempted(), total.delivered() + more.delivered(),
                        total.failed() + more.failed(), total.dead() + more.dead());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (cpuNanos() - cpuBefore) / 1e9;
            System.out.printf("%s: %,d events written to the outbox in %.1f s; delivered %,d (receiver counted %,d, %d failed)"
                            + " in %.1f s: %,.0f events/s, process CPU %.1f s%n", name, EVENTS, writeSeconds,
                    total.delivered(), received.get(), total.failed(), seconds, total.delivered() / seconds, cpu);
        } finally {
            receiver.stop(0);
            ((java.util.concurrent.ExecutorService) receiver.getExecutor()).shutdownNow();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
