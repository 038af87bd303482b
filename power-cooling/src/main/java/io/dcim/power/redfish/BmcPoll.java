package io.dcim.power.redfish;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.collect.Reading;
import io.dcim.power.profile.Metrics;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One poll of one BMC: its address, account, plan and limits, and the reads of a known layout. */
final class BmcPoll {

    private static final JsonPointer GPU_WATTS = JsonPointer.compile("/PowerWatts/Reading");

    private final BmcHttp http;
    private final HttpClient client;
    private final URI root;
    private final RedfishReadPlan plan;
    private final RedfishCredentials credentials;
    private final Duration timeout;
    private final int retries;

    BmcPoll(BmcHttp http, HttpClient client, URI root, RedfishReadPlan plan, RedfishCredentials credentials,
            Duration timeout, int retries) {
        this.http = http;
        this.client = client;
        this.root = root;
        this.plan = plan;
        this.credentials = credentials;
        this.timeout = timeout;
        this.retries = retries;
    }

    HttpClient client() {
        return client;
    }

    RedfishReadPlan plan() {
        return plan;
    }

    CompletableFuture<BmcAccess> login() {
        return http.login(client, root, credentials, timeout, retries);
    }

    /** A resource by its path ({@code /redfish/v1/...}, as {@code @odata.id} gives it). */
    CompletableFuture<JsonNode> get(BmcAccess access, String path) {
        return http.get(client, root.resolve(path), access, timeout, retries);
    }

    /**
     * The server's draw and each GPU's, requested at once: one request for the server and, where the BMC expands
     * queries, one for every GPU, else one per GPU. A GPU whose read fails costs only its reading (PARTIAL); a
     * refused session fails the whole poll, so the collector can log in again, and so does a refused expanded
     * request, so it can read this BMC one resource at a time.
     */
    CompletableFuture<ServerReading> read(BmcAccess access, ServerLayout layout) {
        List<CompletableFuture<Value>> reads = new ArrayList<>();
        if (layout.serverPower() != null) {
            reads.add(value(access, layout.serverPower().path(), layout.serverPower().pointer(),
                    Metrics.SERVER_POWER_W, ""));
        }
        if (layout.expandedGpus() != null) {
            reads.add(expandedGpus(access, layout));
        } else {
            for (ServerLayout.GpuSource gpu : layout.gpus()) {
                reads.add(gpu(access, gpu));
            }
        }
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<Value> values = new ArrayList<>(layout.gpus().size() + 1);
            reads.forEach(r -> r.join().addTo(values));
            return reading(values);
        });
    }

    private static ServerReading reading(List<Value> values) {
        List<Reading> readings = new ArrayList<>(values.size());
        RedfishFailure firstFailure = null;
        for (Value v : values) {
            if (v.failure() != null) {
                if (v.failure().sessionRefused() || v.failure().queryRefused()) {
                    throw v.failure();
                }
                firstFailure = firstFailure == null ? v.failure() : firstFailure;
            } else if (v.reading() != null) {
                readings.add(v.reading());
            }
        }
        if (readings.size() == values.size() && !values.isEmpty()) {
            return new ServerReading(PollOutcome.OK, readings, null);
        }
        String detail = (values.size() - readings.size()) + " of " + values.size() + " power figures missing"
                + (firstFailure == null ? " (the BMC reports no value)" : ": " + firstFailure.getMessage());
        if (!readings.isEmpty()) {
            return new ServerReading(PollOutcome.PARTIAL, readings, detail);
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return new ServerReading(PollOutcome.NO_SUCH_OBJECT, List.of(), detail);
    }

    /**
     * Every GPU's draw from one expanded answer; a GPU the answer does not inline (a BMC that expands fewer
     * levels than it advertised, or ignores the query) is asked for on its own.
     */
    private CompletableFuture<Value> expandedGpus(BmcAccess access, ServerLayout layout) {
        String path = layout.expandedGpus();
        return http.get(client, root.resolve(path), access, timeout, retries,
                        (body, uri) -> PowerFigures.expandedGpuWatts(body, uri.getPath()))
                .thenCompose(watts -> {
                    List<CompletableFuture<Value>> gpus = new ArrayList<>(layout.gpus().size());
                    for (ServerLayout.GpuSource gpu : layout.gpus()) {
                        gpus.add(watts.containsKey(gpu.path())
                                ? CompletableFuture.completedFuture(Value.of(watts.get(gpu.path()), Metrics.GPU_POWER_W,
                                        gpu.instance()))
                                : gpu(access, gpu));
                    }
                    return CompletableFuture.allOf(gpus.toArray(CompletableFuture[]::new))
                            .thenApply(done -> Value.all(gpus.stream().map(CompletableFuture::join).toList()));
                })
                .exceptionally(error -> {
                    RedfishFailure failure = BmcHttp.failure(RedfishCollector.unwrap(error), root.resolve(path));
                    return Value.all(layout.gpus().stream().map(gpu -> Value.failed(failure)).toList());
                });
    }

    private CompletableFuture<Value> gpu(BmcAccess access, ServerLayout.GpuSource gpu) {
        return value(access, gpu.path(), GPU_WATTS, Metrics.GPU_POWER_W, gpu.instance());
    }

    private CompletableFuture<Value> value(BmcAccess access, String path, JsonPointer pointer, String metric,
                                           String instance) {
        return http.get(client, root.resolve(path), access, timeout, retries,
                        (body, uri) -> PowerFigures.at(body, pointer, uri.getPath() + pointer))
                .handle((watts, error) -> error == null ? Value.of(watts, metric, instance)
                        : Value.failed(BmcHttp.failure(RedfishCollector.unwrap(error), root.resolve(path))));
    }

    /**
     * One figure's read: its reading, or why it failed, or neither (the BMC reports null while a sensor warms
     * up); or, from an expanded read, several such.
     */
    private record Value(Reading reading, RedfishFailure failure, List<Value> several) {

        static Value of(BigDecimal watts, String metric, String instance) {
            return new Value(watts == null ? null : new Reading(metric, instance, watts, "W"), null, null);
        }

        static Value failed(RedfishFailure failure) {
            return new Value(null, failure, null);
        }

        static Value all(List<Value> values) {
            return new Value(null, null, values);
        }

        void addTo(List<Value> values) {
            if (several == null) {
                values.add(this);
            } else {
                values.addAll(several);
            }
        }
    }
}
