package io.dcim.power.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.collect.Reading;
import io.dcim.power.profile.Metrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One poll of one BMC: its address, account, plan and limits, and the reads of a known layout. */
final class BmcPoll {

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
     * The server's draw and each GPU's, requested at once. A GPU whose read fails costs only its reading
     * (PARTIAL); a refused session fails the whole poll, so the collector can log in again.
     */
    CompletableFuture<ServerReading> read(BmcAccess access, ServerLayout layout) {
        List<CompletableFuture<Value>> reads = new ArrayList<>();
        if (layout.serverPower() != null) {
            reads.add(value(access, layout.serverPower().path(), layout.serverPower().pointer(),
                    Metrics.SERVER_POWER_W, ""));
        }
        for (ServerLayout.GpuSource gpu : layout.gpus()) {
            reads.add(value(access, gpu.path(), "/PowerWatts/Reading", Metrics.GPU_POWER_W, gpu.instance()));
        }
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<Reading> readings = new ArrayList<>(reads.size());
            RedfishFailure firstFailure = null;
            for (CompletableFuture<Value> r : reads) {
                Value v = r.join();
                if (v.failure() != null) {
                    if (v.failure().sessionRefused()) {
                        throw v.failure();
                    }
                    firstFailure = firstFailure == null ? v.failure() : firstFailure;
                } else if (v.reading() != null) {
                    readings.add(v.reading());
                }
            }
            if (readings.size() == reads.size() && !reads.isEmpty()) {
                return new ServerReading(PollOutcome.OK, readings, null);
            }
            String detail = (reads.size() - readings.size()) + " of " + reads.size() + " power figures missing"
                    + (firstFailure == null ? " (the BMC reports no value)" : ": " + firstFailure.getMessage());
            if (!readings.isEmpty()) {
                return new ServerReading(PollOutcome.PARTIAL, readings, detail);
            }
            if (firstFailure != null) {
                throw firstFailure;
            }
            return new ServerReading(PollOutcome.NO_SUCH_OBJECT, List.of(), detail);
        });
    }

    private CompletableFuture<Value> value(BmcAccess access, String path, String pointer, String metric,
                                           String instance) {
        return get(access, path).handle((body, error) -> {
            if (error != null) {
                return new Value(null, BmcHttp.failure(RedfishCollector.unwrap(error), root.resolve(path)));
            }
            JsonNode watts = body.at(pointer);
            if (watts.isNumber()) {
                return new Value(new Reading(metric, instance, watts.decimalValue(), "W"), null);
            }
            if (watts.isMissingNode() || watts.isNull()) {
                return new Value(null, null); // a BMC reports null while a sensor warms up
            }
            return new Value(null, new RedfishFailure(PollOutcome.WRONG_TYPE, "bad answer: " + path + pointer
                    + " is not a number"));
        });
    }

    private record Value(Reading reading, RedfishFailure failure) {
    }

}
