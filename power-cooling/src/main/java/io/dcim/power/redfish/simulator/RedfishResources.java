package io.dcim.power.redfish.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The resources of the simulated service as Redfish JSON (DMTF schemas, the properties a power poll and a
 * Redfish client look at), for one request at one instant. A path it does not know answers null (404).
 */
final class RedfishResources {

    private static final String ROOT = "/redfish/v1";
    private static final int CPUS = 2;
    /** Compiled once: an expanded processor collection resolves a dozen processor paths per request. */
    private static final Pattern CPU = Pattern.compile("CPU[0-9]{1,3}");
    private static final Pattern GPU = Pattern.compile("GPU[0-9]{1,3}");

    private final Map<String, VirtualServer> servers;
    private final Instant now;
    private final Collection<String> sessionIds;

    RedfishResources(Map<String, VirtualServer> servers, Instant now, Collection<String> sessionIds) {
        this.servers = servers;
        this.now = now;
        this.sessionIds = sessionIds;
    }

    /** @param expandLevels the deepest {@code $expand=.($levels=n)} the service answers; 0 for none */
    static Map<String, Object> serviceRoot(int expandLevels) {
        Map<String, Object> root = resource(ROOT, "#ServiceRoot.v1_15_0.ServiceRoot", "RootService", "Root Service");
        root.put("RedfishVersion", "1.15.0");
        root.put("UUID", "92384634-2938-2342-8820-489239905423");
        root.put("Systems", link(ROOT + "/Systems"));
        root.put("Chassis", link(ROOT + "/Chassis"));
        root.put("SessionService", link(ROOT + "/SessionService"));
        root.put("Links", Map.of("Sessions", link(ROOT + "/SessionService/Sessions")));
        if (expandLevels > 0) {
            // DSP0266: only the period form (links not under Links) with $levels; no *, ~, $select or $filter.
            Map<String, Object> expand = new LinkedHashMap<>();
            expand.put("ExpandAll", false);
            expand.put("Levels", true);
            expand.put("Links", false);
            expand.put("NoLinks", true);
            expand.put("MaxLevels", expandLevels);
            root.put("ProtocolFeaturesSupported", Map.of("ExpandQuery", expand, "SelectQuery", false,
                    "FilterQuery", false));
        }
        return root;
    }

    static Map<String, Object> session(String id, String user) {
        Map<String, Object> session = resource(ROOT + "/SessionService/Sessions/" + id, "#Session.v1_5_0.Session", id,
                "User Session");
        session.put("UserName", user);
        return session;
    }

    /**
     * The resource at the path with its links expanded {@code levels} deep, as {@code $expand=.($levels=n)}
     * asks (DSP0266): every {@code {"@odata.id": ...}} outside a {@code Links} property, collection members
     * included, replaced by the resource it names, itself expanded one level less; a link to a resource this
     * service does not serve stays a link. Null when the path is unknown.
     */
    Map<String, Object> resource(String path, int levels) {
        Map<String, Object> resource = resource(path);
        if (resource != null && levels > 0) {
            resource.replaceAll((name, value) -> name.equals("Links") ? value : expanded(value, levels));
        }
        return resource;
    }

    private Object expanded(Object value, int levels) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.get("@odata.id") instanceof String target) {
                Map<String, Object> inlined = resource(target, levels - 1);
                return inlined == null ? map : inlined;
            }
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            copy.replaceAll((name, v) -> "Links".equals(name) ? v : expanded(v, levels));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> expanded(v, levels)).toList();
        }
        return value;
    }

    /** The resource at the path, or null. */
    Map<String, Object> resource(String path) {
        if (!path.startsWith(ROOT + "/")) {
            return null;
        }
        String[] p = path.substring(ROOT.length() + 1).split("/");
        return switch (p[0]) {
            case "Systems" -> system(p);
            case "Chassis" -> chassis(p);
            case "SessionService" -> sessionService(p);
            default -> null;
        };
    }

    private Map<String, Object> system(String[] p) {
        if (p.length == 1) {
            return collection(ROOT + "/Systems", "#ComputerSystemCollection.ComputerSystemCollection",
                    "Computer System Collection", servers.keySet().stream().sorted().map(id -> ROOT + "/Systems/" + id).toList());
        }
        VirtualServer s = servers.get(p[1]);
        if (s == null) {
            return null;
        }
        String self = ROOT + "/Systems/" + s.id();
        if (p.length == 2) {
            Map<String, Object> system = resource(self, "#ComputerSystem.v1_20_0.ComputerSystem", s.id(), s.id());
            system.put("SystemType", "Physical");
            system.put("PowerState", "On");
            system.put("Status", Map.of("State", "Enabled", "Health", "OK"));
            system.put("ProcessorSummary", Map.of("Count", CPUS, "Model", "Intel Xeon Platinum 8480+"));
            system.put("Processors", link(self + "/Processors"));
            system.put("Links", Map.of("Chassis", List.of(link(ROOT + "/Chassis/" + s.id()))));
            return system;
        }
        if (!p[2].equals("Processors")) {
            return null;
        }
        if (p.length == 3) {
            List<String> members = new ArrayList<>();
            for (int c = 0; c < CPUS; c++) {
                members.add(self + "/Processors/CPU" + c);
            }
            for (int g = 0; g < s.gpuSerials().size(); g++) {
                members.add(self + "/Processors/GPU" + g);
            }
            return collection(self + "/Processors", "#ProcessorCollection.ProcessorCollection", "Processors", members);
        }
        String processor = p[3];
        String processorPath = self + "/Processors/" + processor;
        if (CPU.matcher(processor).matches() && p.length == 4 && Integer.parseInt(processor.substring(3)) < CPUS) {
            Map<String, Object> cpu = resource(processorPath, "#Processor.v1_18_0.Processor", processor, processor);
            cpu.put("ProcessorType", "CPU");
            cpu.put("Model", "Intel Xeon Platinum 8480+");
            cpu.put("Status", Map.of("State", "Enabled", "Health", "OK"));
            return cpu;
        }
        if (!GPU.matcher(processor).matches()) {
            return null;
        }
        int gpu = Integer.parseInt(processor.substring(3));
        if (gpu >= s.gpuSerials().size()) {
            return null;
        }
        if (p.length == 4) {
            Map<String, Object> card = resource(processorPath, "#Processor.v1_18_0.Processor", processor, processor);
            card.put("ProcessorType", "GPU");
            card.put("SerialNumber", s.gpuSerials().get(gpu));
            card.put("Location", Map.of("PartLocation", Map.of("LocationType", "Slot", "LocationOrdinalValue", gpu)));
            card.put("Status", Map.of("State", "Enabled", "Health", "OK"));
            card.put("EnvironmentMetrics", link(processorPath + "/EnvironmentMetrics"));
            return card;
        }
        if (p.length == 5 && p[4].equals("EnvironmentMetrics")) {
            return environmentMetrics(processorPath + "/EnvironmentMetrics", Math.round(s.signal().gpuWatts(gpu, now)));
        }
        return null;
    }

    private Map<String, Object> chassis(String[] p) {
        if (p.length == 1) {
            return collection(ROOT + "/Chassis", "#ChassisCollection.ChassisCollection", "Chassis Collection",
                    servers.keySet().stream().sorted().map(id -> ROOT + "/Chassis/" + id).toList());
        }
        VirtualServer s = servers.get(p[1]);
        if (s == null) {
            return null;
        }
        String self = ROOT + "/Chassis/" + s.id();
        long watts = Math.round(s.signal().serverWatts(now));
        if (p.length == 2) {
            Map<String, Object> chassis = resource(self, "#Chassis.v1_23_0.Chassis", s.id(), s.id());
            chassis.put("ChassisType", "RackMount");
            chassis.put("Status", Map.of("State", "Enabled", "Health", "OK"));
            if (s.environmentMetrics()) {
                chassis.put("PowerSubsystem", link(self + "/PowerSubsystem"));
                chassis.put("EnvironmentMetrics", link(self + "/EnvironmentMetrics"));
            } else {
                chassis.put("Power", link(self + "/Power"));
            }
            chassis.put("Links", Map.of("ComputerSystems", List.of(link(ROOT + "/Systems/" + s.id()))));
            return chassis;
        }
        if (p.length != 3) {
            return null;
        }
        if (s.environmentMetrics() && p[2].equals("EnvironmentMetrics")) {
            return environmentMetrics(self + "/EnvironmentMetrics", watts);
        }
        if (s.environmentMetrics() && p[2].equals("PowerSubsystem")) {
            Map<String, Object> subsystem = resource(self + "/PowerSubsystem", "#PowerSubsystem.v1_1_0.PowerSubsystem",
                    "PowerSubsystem", "Power Subsystem");
            subsystem.put("Status", Map.of("State", "Enabled", "Health", "OK"));
            subsystem.put("PowerSupplies", link(self + "/PowerSubsystem/PowerSupplies"));
            return subsystem;
        }
        if (!s.environmentMetrics() && p[2].equals("Power")) {
            Map<String, Object> power = resource(self + "/Power", "#Power.v1_7_1.Power", "Power", "Power");
            Map<String, Object> control = new LinkedHashMap<>();
            control.put("@odata.id", self + "/Power#/PowerControl/0");
            control.put("MemberId", "0");
            control.put("Name", "Server Power Control");
            control.put("PowerConsumedWatts", watts);
            control.put("PowerMetrics", Map.of("IntervalInMin", 1, "AverageConsumedWatts", watts));
            power.put("PowerControl", List.of(control));
            return power;
        }
        return null;
    }

    private Map<String, Object> sessionService(String[] p) {
        if (p.length == 1) {
            Map<String, Object> service = resource(ROOT + "/SessionService", "#SessionService.v1_1_8.SessionService",
                    "SessionService", "Session Service");
            service.put("ServiceEnabled", true);
            service.put("SessionTimeout", 1800);
            service.put("Sessions", link(ROOT + "/SessionService/Sessions"));
            return service;
        }
        if (p.length == 2 && p[1].equals("Sessions")) {
            return collection(ROOT + "/SessionService/Sessions", "#SessionCollection.SessionCollection",
                    "Session Collection", sessionIds.stream().sorted().map(id -> ROOT + "/SessionService/Sessions/" + id)
                            .toList());
        }
        if (p.length == 3 && p[1].equals("Sessions") && sessionIds.contains(p[2])) {
            return session(p[2], "");
        }
        return null;
    }

    private static Map<String, Object> environmentMetrics(String self, long watts) {
        Map<String, Object> metrics = resource(self, "#EnvironmentMetrics.v1_3_0.EnvironmentMetrics",
                "EnvironmentMetrics", "Environment Metrics");
        metrics.put("PowerWatts", Map.of("DataSourceUri", self + "#/PowerWatts", "Reading", watts));
        return metrics;
    }

    private static Map<String, Object> collection(String self, String type, String name, List<String> members) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@odata.id", self);
        c.put("@odata.type", type);
        c.put("Name", name);
        c.put("Members@odata.count", members.size());
        c.put("Members", members.stream().map(RedfishResources::link).toList());
        return c;
    }

    private static Map<String, Object> resource(String self, String type, String id, String name) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("@odata.id", self);
        r.put("@odata.type", type);
        r.put("Id", id);
        r.put("Name", name);
        return r;
    }

    private static Map<String, Object> link(String path) {
        return Map.of("@odata.id", path);
    }
}
