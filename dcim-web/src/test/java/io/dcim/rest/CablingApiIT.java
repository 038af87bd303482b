package io.dcim.rest;

import static io.dcim.web.WebTesting.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.inventory.cable.PortSummary;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.port.PortKind;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.ArrayList;
import java.util.List;

/** The cabling endpoints over HTTP on the demo site's recorded InfiniBand fabric. */
class CablingApiIT {

    private static final String P = WebTesting.PASSWORD;

    /** A GPU server with its first NDR port free: row A's servers wait for leaves of their own. */
    private record FreeNic(DeviceSummary server, long portId) {
    }

    private static Services seeded(Database db) {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.OPS, Role.ANALYST);
        return services;
    }

    private static List<FreeNic> freeNics(Services services, int wanted) {
        List<FreeNic> free = new ArrayList<>();
        for (DeviceSummary server : services.deviceQueries().page(new DeviceFilter(null, null, null, DeviceKind.GPU_SERVER,
                null, null, null), PageRequest.first(1000, "assetTag")).items()) {
            List<PortSummary> ports = services.cabling().cables().ports(SYSTEM, server.id());
            ports.stream().filter(p -> p.kind() == PortKind.IB_NDR && p.cableId() == null).findFirst()
                    .ifPresent(p -> free.add(new FreeNic(server, p.portId())));
            if (free.size() == wanted) {
                return free;
            }
        }
        throw new AssertionError("the demo has fewer than " + wanted + " servers with a free NDR port");
    }

    @BothDatabases
    void listsFiltersAndTracesTheDemoFabricAndAnswersADevicesPorts(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("analyst", P)) {
            JsonNode all = api.get("/cables?size=5").json();
            long total = all.get("total").asLong();
            assertThat(total).isPositive();
            assertThat(all.get("items")).hasSize(5);
            JsonNode first = all.at("/items/0");
            long device = first.get("aDeviceId").asLong();

            JsonNode ofDevice = api.get("/cables?device=" + device + "&size=100").json();
            assertThat(ofDevice.get("total").asLong()).isBetween(1L, total - 1);
            ofDevice.get("items").forEach(c -> assertThat(List.of(c.get("aDeviceId").asLong(), c.get("bDeviceId").asLong()))
                    .contains(device));
            assertThat(api.get("/cables?type=aoc&status=installed&size=1").json().get("total").asLong())
                    .isBetween(1L, total - 1);
            assertThat(api.get("/cables?label=" + first.get("label").asText()).json().get("total").asLong()).isEqualTo(1);
            assertThat(api.get("/cables?site=" + services.sites().sites().get(0).getId() + "&size=1").json()
                    .get("total").asLong()).isEqualTo(total);
            ApiClient.Reply badSort = api.get("/cables?sort=colour");
            assertThat(badSort.status()).isEqualTo(422);
            assertThat(badSort.json().get("field").asText()).isEqualTo("sort");
            assertThat(api.get("/cables?type=copper").json().get("field").asText()).isEqualTo("type");

            JsonNode ports = api.get("/devices/" + device + "/ports").json();
            JsonNode plugged = null;
            for (JsonNode port : ports) {
                if (port.get("cableId").asLong() == first.get("id").asLong()) {
                    plugged = port;
                }
            }
            assertThat(plugged).as("the cable's A port").isNotNull();
            assertThat(plugged.get("farDeviceId").asLong()).isEqualTo(first.get("bDeviceId").asLong());
            assertThat(api.get("/devices/999999999/ports").status()).isEqualTo(404);

            JsonNode trace = api.get("/ports/" + plugged.get("portId").asLong() + "/trace").json();
            assertThat(trace.at("/hops/0/label").asText()).isEqualTo(first.get("label").asText());
            assertThat(trace.at("/hops/0/far/0/deviceId").asLong()).isEqualTo(first.get("bDeviceId").asLong());
        }
    }

    @BothDatabases
    void recordsEditsAndRemovesACableUnderTheRulesWithRefusalsNamingTheField(Database db) throws Exception {
        Services services = seeded(db);
        List<FreeNic> nics = freeNics(services, 3);
        long a = nics.get(0).portId();
        long b = nics.get(1).portId();
        String body = "{\"label\":\"API-C-1\",\"type\":\"DAC\",\"aPortId\":" + a + ",\"bPortIds\":[" + b + "],"
                + "\"lengthM\":3,\"colour\":\"black\"}";
        try (ApiClient api = new ApiClient(services)) {
            assertThat(api.basic("analyst", P).send("POST", "/cables", body).status()).isEqualTo(403);
            api.basic("ops", P);
            assertRefused(api.send("POST", "/cables", body.replace("\"DAC\"", "\"CAT6\"")), 422, "type");
            assertRefused(api.send("POST", "/cables", body.replace("\"type\":\"DAC\",", "")), 400, "type");
            assertRefused(api.send("POST", "/cables", body.replace("}", ",\"shade\":\"x\"}")), 422, "shade");
            assertRefused(api.send("POST", "/cables", body.replace("\"lengthM\":3", "\"lengthM\":-3")), 422, "lengthM");

            ApiClient.Reply created = api.send("POST", "/cables", body);
            assertThat(created.status()).isEqualTo(201);
            long id = created.json().get("id").asLong();
            assertThat(created.json().get("status").asText()).isEqualTo("PLANNED");
            assertThat(created.json().at("/ends/1/portId").asLong()).isEqualTo(b);
            assertRefused(api.send("POST", "/cables", body.replace("API-C-1", "API-C-2").replace("[" + b + "]",
                    "[" + nics.get(2).portId() + "]")), 409, "aPortId");

            int version = created.json().get("version").asInt();
            ApiClient.Reply patched = api.send("PATCH", "/cables/" + id, "{\"version\":" + version
                    + ",\"label\":\"API-C-1b\",\"colour\":null,\"status\":\"installed\"}");
            assertThat(patched.status()).isEqualTo(200);
            assertThat(patched.json().get("label").asText()).isEqualTo("API-C-1b");
            assertThat(patched.json().get("colour").isNull()).isTrue();
            assertThat(patched.json().get("lengthM").decimalValue()).isEqualByComparingTo("3");
            assertThat(patched.json().get("status").asText()).isEqualTo("INSTALLED");
            assertRefused(api.send("PATCH", "/cables/" + id, "{\"version\":" + version + ",\"label\":\"x\"}"), 409, null);
            int installed = patched.json().get("version").asInt();
            assertRefused(api.send("DELETE", "/cables/" + id + "?version=" + installed, null), 409, "status");
            assertRefused(api.send("DELETE", "/cables/" + id, null), 400, "version");
            assertRefused(api.send("DELETE", "/cables/" + id + "?version=abc", null), 400, "version");

            ApiClient.Reply retired = api.send("PATCH", "/cables/" + id, "{\"version\":" + installed
                    + ",\"status\":\"DECOMMISSIONED\"}");
            assertThat(retired.json().get("ends")).isEmpty();
            assertThat(api.send("DELETE", "/cables/" + id + "?version=" + retired.json().get("version").asInt(), null)
                    .status()).isEqualTo(204);
            assertThat(api.get("/cables/" + id).status()).isEqualTo(404);
        }
    }

    @BothDatabases
    void importsAFileOnlyWhenEveryRowPassesAndListsEveryBadRow(Database db) throws Exception {
        Services services = seeded(db);
        List<FreeNic> nics = freeNics(services, 4);
        String s0 = nics.get(0).server().assetTag();
        String s1 = nics.get(1).server().assetTag();
        String s2 = nics.get(2).server().assetTag();
        String s3 = nics.get(3).server().assetTag();
        String header = "label,type,a_device,a_port,b_device,b_port,length_m,colour,status\n";
        String good = "IMP-1,DAC," + s0 + "," + portName(services, nics.get(0)) + "," + s1 + ","
                + portName(services, nics.get(1)) + ",2,,\n"
                + "IMP-2,DAC," + s2 + "," + portName(services, nics.get(2)) + "," + s3 + ","
                + portName(services, nics.get(3)) + ",,,installed\n";
        String bad = good + "IMP-3,DAC," + s0 + ",nope," + s1 + ",ib8,,,\n" + "IMP-1,warp," + s0 + ",ib8," + s1 + ",ib8,,,\n";
        try (ApiClient api = new ApiClient(services)) {
            assertThat(api.basic("analyst", P).send("POST", "/imports/cables", header + good).status()).isEqualTo(403);
            api.basic("ops", P);
            long before = api.get("/cables?size=1").json().get("total").asLong();

            ApiClient.Reply refused = api.send("POST", "/imports/cables", header + bad);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("field").asText()).isEqualTo("file");
            JsonNode problems = refused.json().at("/detail/problems");
            assertThat(problems).hasSize(2);
            assertThat(problems.get(0).get("line").asInt()).isEqualTo(4);
            assertThat(problems.get(0).get("column").asText()).isEqualTo("a_port");
            assertThat(problems.get(0).get("message").asText()).contains("nope");
            assertThat(problems.get(1).get("line").asInt()).isEqualTo(5);
            assertThat(problems.get(1).get("column").asText()).isEqualTo("type");
            assertThat(api.get("/cables?size=1").json().get("total").asLong()).isEqualTo(before);

            ApiClient.Reply checked = api.send("POST", "/imports/cables?dryRun=true", header + good);
            assertThat(checked.status()).isEqualTo(200);
            assertThat(checked.json().get("written").asBoolean()).isFalse();
            ApiClient.Reply imported = api.send("POST", "/imports/cables", header + good);
            assertThat(imported.json().get("written").asBoolean()).isTrue();
            assertThat(imported.json().get("cables").asInt()).isEqualTo(2);
            assertThat(api.get("/cables?label=IMP-&size=5").json().get("total").asLong()).isEqualTo(2);
        }
    }

    @BothDatabases
    void plansA1024GpuTwoTierFabricByRadixOrByCatalogSwitch(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("analyst", P)) {
            String body = "{\"gpus\":1024,\"gpusPerServer\":8,\"nicsPerServer\":8,\"switchRadix\":64,\"portSpeedGbps\":400,"
                    + "\"tiers\":\"TWO\"}";
            ApiClient.Reply plan = api.send("POST", "/fabric-plans", body);
            assertThat(plan.status()).isEqualTo(200);
            JsonNode p = plan.json();
            // 128 servers; a leaf's 32 down ports make units of 32 servers: 4 units × 8 rails = 32 leaves, whose
            // 32 × 32 uplinks fill 16 spines of 64 ports; 1,024 NIC cables and 1,024 uplinks
            assertThat(p.get("servers").asInt()).isEqualTo(128);
            assertThat(p.get("scalableUnits").asInt()).isEqualTo(4);
            assertThat(p.at("/leaves/switches").asInt()).isEqualTo(32);
            assertThat(p.at("/spines/switches").asInt()).isEqualTo(16);
            assertThat(p.at("/superSpines/switches").asInt()).isZero();
            assertThat(p.at("/cables/0/tier").asText()).isEqualTo("SERVER_TO_LEAF");
            assertThat(p.at("/cables/0/total").asLong()).isEqualTo(1024);
            assertThat(p.at("/cables/1/total").asLong()).isEqualTo(1024);
            assertThat(p.get("totalCables").asLong()).isEqualTo(2048);
            assertThat(p.at("/cost/total").decimalValue()).isPositive();

            long quantum = 0;
            for (JsonNode model : api.get("/device-models").json()) {
                if (model.get("model").asText().startsWith("Quantum-2")) {
                    quantum = model.get("id").asLong();
                }
            }
            JsonNode byModel = api.send("POST", "/fabric-plans", body.replace("\"switchRadix\":64,\"portSpeedGbps\":400",
                    "\"switchModelId\":" + quantum)).json();
            assertThat(byModel.get("switchRadix").asInt()).isEqualTo(64);
            assertThat(byModel.get("portSpeedGbps").asInt()).isEqualTo(400);
            assertThat(byModel.get("totalCables").asLong()).isEqualTo(2048);

            assertRefused(api.send("POST", "/fabric-plans", body.replace("\"gpus\":1024", "\"gpus\":1024,\"servers\":128")),
                    422, "gpus");
            assertRefused(api.send("POST", "/fabric-plans", body.replace("\"gpusPerServer\":8,", "")), 400, "gpusPerServer");
            assertRefused(api.send("POST", "/fabric-plans", body.replace("\"switchRadix\":64,", "")), 422, "switchRadix");
            assertRefused(api.send("POST", "/fabric-plans", body.replace("\"gpus\":1024", "\"gpus\":16384")), 422, "tiers");
        }
    }

    private static String portName(Services services, FreeNic nic) {
        return services.cabling().cables().ports(SYSTEM, nic.server().id()).stream().filter(p -> p.portId() == nic.portId())
                .findFirst().orElseThrow().name();
    }

    private static void assertRefused(ApiClient.Reply reply, int status, String field) {
        assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(status);
        if (field != null) {
            assertThat(reply.json().get("field").asText()).as(String.valueOf(reply.json())).isEqualTo(field);
        }
    }
}
