package io.dcim.power.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.power.collect.PollOutcome;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Finds where a BMC keeps what a poll reads, once per endpoint: the chassis (the plan's, else the service's
 * only one) and whether it reports its draw in {@code EnvironmentMetrics} (newer services, beside
 * {@code PowerSubsystem}) or in the deprecated {@code Power}; and which of the system's processors are GPUs
 * ({@code ProcessorType} GPU), with their metrics resource and serial number; and whether the service expands
 * queries ({@code $expand}), so that a poll asks for every GPU's metrics at once and discovery for every
 * processor at once. A service root that does not say, or cannot be read, means one request per resource.
 */
final class LayoutDiscovery {

    private static final String SERVICE = "/redfish/v1/";

    private final BmcPoll poll;
    private final BmcAccess access;

    LayoutDiscovery(BmcPoll poll, BmcAccess access) {
        this.poll = poll;
        this.access = access;
    }

    CompletableFuture<ServerLayout> discover() {
        CompletableFuture<ServerLayout.PowerSource> power = member("Chassis", poll.plan().chassisId())
                .thenCompose(path -> poll.get(access, path)).thenApply(LayoutDiscovery::powerSource);
        CompletableFuture<Boolean> expands = poll.get(access, SERVICE).handle((root, error) -> {
            if (error == null) {
                return expandsTwoLevels(root);
            }
            RedfishFailure failure = BmcHttp.failure(RedfishCollector.unwrap(error), URI.create(SERVICE));
            if (failure.outcome() == PollOutcome.NO_SUCH_OBJECT || failure.outcome() == PollOutcome.WRONG_TYPE) {
                return false;
            }
            throw failure;
        });
        CompletableFuture<String> system = member("Systems", poll.plan().systemId());
        CompletableFuture<Gpus> gpus = system.thenCombine(expands, (path, expanding) -> expanding
                ? expandedGpus(path) : gpus(path).thenApply(found -> new Gpus(found, null))).thenCompose(f -> f);
        return power.thenCombine(gpus, (p, g) -> {
            if (p == null && g.sources().isEmpty()) {
                throw new RedfishFailure(PollOutcome.NO_SUCH_OBJECT, "the BMC reports neither the server's power"
                        + " nor a GPU");
            }
            return new ServerLayout(p, g.sources(), g.sources().isEmpty() ? null : g.expandedRead());
        });
    }

    /** The GPUs found, and the expanded request that reads them all; null when they are read one by one. */
    private record Gpus(List<ServerLayout.GpuSource> sources, String expandedRead) {
    }

    /**
     * Whether the service root advertises {@code $expand=.} with {@code $levels} to 2 or more (DSP0266,
     * {@code ProtocolFeaturesSupported.ExpandQuery}): then one request answers every GPU's metrics.
     */
    static boolean expandsTwoLevels(JsonNode serviceRoot) {
        JsonNode expand = serviceRoot.at("/ProtocolFeaturesSupported/ExpandQuery");
        return expand.path("NoLinks").asBoolean(false) && expand.path("Levels").asBoolean(false)
                && expand.path("MaxLevels").asInt(0) >= 2;
    }

    /** A system's processors, their links (not under Links) expanded to {@code levels}. */
    static String expandedProcessors(String systemPath, int levels) {
        return systemPath + "/Processors?$expand=.($levels=" + levels + ")";
    }

    /** The path of the named member of a collection, or of its only member when none is named. */
    private CompletableFuture<String> member(String collection, String id) {
        if (id != null && !id.isBlank()) {
            return CompletableFuture.completedFuture(SERVICE + collection + "/" + id);
        }
        return poll.get(access, SERVICE + collection).thenApply(body -> {
            List<String> members = members(body);
            if (members.size() != 1) {
                throw new RedfishFailure(PollOutcome.NO_SUCH_OBJECT, "the BMC has " + members.size() + " members in "
                        + collection + ": name the one to read on the endpoint");
            }
            return members.get(0);
        });
    }

    private static ServerLayout.PowerSource powerSource(JsonNode chassis) {
        String metrics = chassis.at("/EnvironmentMetrics/@odata.id").asText("");
        if (!metrics.isEmpty()) {
            return ServerLayout.PowerSource.environmentMetrics(metrics);
        }
        String power = chassis.at("/Power/@odata.id").asText("");
        return power.isEmpty() ? null : ServerLayout.PowerSource.legacyPower(power);
    }

    /**
     * The system's GPUs from its processors expanded in one request; where the BMC refuses the query it
     * advertised (400, 501), from one request per processor, and read one by one from then on.
     */
    private CompletableFuture<Gpus> expandedGpus(String systemPath) {
        return poll.get(access, expandedProcessors(systemPath, 1)).thenCompose(collection -> {
            List<CompletableFuture<JsonNode>> processors = new ArrayList<>();
            for (JsonNode member : collection.path("Members")) {
                // A member left a bare link (a service ignoring the query) is asked for on its own.
                String self = member.path("@odata.id").asText("");
                processors.add(member.size() > 1 || self.isEmpty() ? CompletableFuture.completedFuture(member)
                        : poll.get(access, self));
            }
            return gpus(processors).thenApply(found -> new Gpus(found, expandedProcessors(systemPath, 2)));
        }).exceptionallyCompose(error -> RedfishCollector.unwrap(error) instanceof RedfishFailure f && f.queryRefused()
                ? gpus(systemPath).thenApply(found -> new Gpus(found, null))
                : CompletableFuture.failedFuture(RedfishCollector.unwrap(error)));
    }

    /** The system's GPUs, one request per processor. */
    private CompletableFuture<List<ServerLayout.GpuSource>> gpus(String systemPath) {
        return poll.get(access, systemPath + "/Processors").thenCompose(collection -> {
            List<CompletableFuture<JsonNode>> processors = new ArrayList<>();
            for (String member : members(collection)) {
                processors.add(poll.get(access, member));
            }
            return gpus(processors);
        });
    }

    /** Of the processors, the GPUs ({@code ProcessorType} GPU), by serial number (else id) and metrics path. */
    private static CompletableFuture<List<ServerLayout.GpuSource>> gpus(List<CompletableFuture<JsonNode>> processors) {
        return CompletableFuture.allOf(processors.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<ServerLayout.GpuSource> found = new ArrayList<>();
            for (CompletableFuture<JsonNode> p : processors) {
                JsonNode processor = p.join();
                if (!"GPU".equals(processor.path("ProcessorType").asText("").toUpperCase(Locale.ROOT))) {
                    continue;
                }
                String self = processor.path("@odata.id").asText("");
                String metrics = processor.at("/EnvironmentMetrics/@odata.id").asText(self + "/EnvironmentMetrics");
                String serial = processor.path("SerialNumber").asText("").trim();
                found.add(new ServerLayout.GpuSource(serial.isEmpty() ? processor.path("Id").asText(self) : serial,
                        metrics));
            }
            return found;
        });
    }

    private static List<String> members(JsonNode collection) {
        List<String> paths = new ArrayList<>();
        for (JsonNode m : collection.path("Members")) {
            String path = m.path("@odata.id").asText("");
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return paths;
    }
}
