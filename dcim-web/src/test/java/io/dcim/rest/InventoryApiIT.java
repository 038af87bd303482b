package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;

class InventoryApiIT {

    private static final String PASSWORD = WebTesting.PASSWORD;

    private static Services seeded(Database db) {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.OPS, Role.ANALYST);
        return services;
    }

    @BothDatabases
    void everyCallNeedsCredentialsAndWritesNeedTheOpsRole(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services)) {
            assertThat(api.anonymous().get("/sites").status()).isEqualTo(401);
            assertThat(api.basic("ops", "wrong password").get("/sites").status()).isEqualTo(401);
            assertThat(api.bearer("dcim_not-a-token").get("/sites").status()).isEqualTo(401);

            assertThat(api.basic("analyst", PASSWORD).get("/sites").status()).isEqualTo(200);
            ApiClient.Reply refused = api.send("POST", "/devices", "{\"assetTag\":\"X\"}");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("error").asText()).contains("ops");

            long userId = services.users().users().stream().filter(u -> u.getUsername().equals("ops")).findFirst()
                    .orElseThrow().getId();
            var token = services.users().createToken(userId, "script");
            assertThat(api.bearer(token.token()).get("/tenants").status()).isEqualTo(200);
            services.users().revokeToken(services.users().principal(userId).orElseThrow(), token.id());
            assertThat(api.bearer(token.token()).get("/tenants").status()).isEqualTo(401);
        }
    }

    @BothDatabases
    void listsCabinetsPagedSortedAndFilteredWithTheirFigures(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("analyst", PASSWORD)) {
            long site = api.get("/sites").json().get(0).get("id").asLong();
            JsonNode page = api.get("/cabinets?site=" + site + "&page=1&size=20&sort=-freeU").json();
            assertThat(page.get("total").asLong()).isEqualTo(200);
            assertThat(page.get("items")).hasSize(20);
            int previous = Integer.MAX_VALUE;
            for (JsonNode cabinet : page.get("items")) {
                assertThat(cabinet.get("freeU").asInt()).isLessThanOrEqualTo(previous);
                previous = cabinet.get("freeU").asInt();
            }
            JsonNode one = page.get("items").get(0);
            JsonNode single = api.get("/cabinets/" + one.get("id").asLong()).json();
            assertThat(single.get("contractedW").asInt()).isEqualTo(20_000);
            assertThat(single.get("usedU").asInt() + single.get("freeU").asInt()).isEqualTo(single.get("heightU").asInt());
            assertThat(api.get("/cabinets/" + one.get("id").asLong() + "/devices").json().get("total").asLong())
                    .isEqualTo(single.get("devices").asLong());
            assertThat(api.get("/rooms?site=" + site).json()).hasSize(2);
            assertThat(api.get("/device-models").json().size()).isGreaterThan(10);
            assertThat(api.get("/gpus?status=faulty&size=500").json().get("items"))
                    .allSatisfy(g -> assertThat(g.get("status").asText()).isEqualTo("FAULTY"));
        }
    }

    @BothDatabases
    void refusesBadInputWithTheFieldAndTheMatchingStatus(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("ops", PASSWORD)) {
            assertThat(api.get("/cabinets?size=abc").status()).isEqualTo(400);
            assertThat(api.get("/cabinets?size=abc").json().get("field").asText()).isEqualTo("size");
            assertThat(api.get("/cabinets?sort=drop").json().get("field").asText()).isEqualTo("sort");
            assertThat(api.get("/devices/99999999").status()).isEqualTo(404);
            assertThat(api.get("/nothing-here").status()).isEqualTo(404);
            assertThat(api.send("POST", "/devices", "{not json").status()).isEqualTo(400);
            ApiClient.Reply missing = api.send("POST", "/devices", "{\"modelId\": 1}");
            assertThat(missing.status()).isEqualTo(422);
            assertThat(missing.json().get("field").asText()).isIn("assetTag", "modelId", "status");
        }
    }

    @BothDatabases
    void createsMovesAndDeletesADeviceWithCollisionAndVersionConflicts(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("ops", PASSWORD)) {
            long site = api.get("/sites").json().get(0).get("id").asLong();
            JsonNode emptiest = api.get("/cabinets?site=" + site + "&sort=-freeU&size=1").json().get("items").get(0);
            long cabinet = emptiest.get("id").asLong();
            long leaf = modelId(api, "S6850");

            ApiClient.Reply created = api.send("POST", "/devices", "{\"assetTag\":\"API-1\",\"serial\":\"SER-API-1\","
                    + "\"modelId\":" + leaf + ",\"status\":\"installed\",\"cabinetId\":" + cabinet
                    + ",\"positionU\":30,\"face\":\"front\"}");
            assertThat(created.status()).isEqualTo(201);
            long id = created.json().get("id").asLong();
            int version = created.json().get("version").asInt();

            ApiClient.Reply collision = api.send("POST", "/devices", "{\"assetTag\":\"API-2\",\"serial\":\"SER-API-2\","
                    + "\"modelId\":" + leaf + ",\"status\":\"installed\",\"cabinetId\":" + cabinet
                    + ",\"positionU\":30,\"face\":\"front\"}");
            assertThat(collision.status()).isEqualTo(409);
            assertThat(collision.json().get("field").asText()).isEqualTo("positionU");
            assertThat(collision.json().get("error").asText()).contains("API-1");

            ApiClient.Reply moved = api.send("PATCH", "/devices/" + id, "{\"version\":" + version
                    + ",\"cabinetId\":" + cabinet + ",\"positionU\":31,\"face\":\"front\",\"name\":\"leaf-api\"}");
            assertThat(moved.status()).isEqualTo(200);
            assertThat(moved.json().get("positionU").asInt()).isEqualTo(31);
            assertThat(moved.json().get("name").asText()).isEqualTo("leaf-api");

            ApiClient.Reply stale = api.send("PATCH", "/devices/" + id, "{\"version\":" + version + ",\"name\":\"x\"}");
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.json().get("field").asText()).isEqualTo("version");

            int current = moved.json().get("version").asInt();
            assertThat(api.send("PATCH", "/devices/" + id, "{\"version\":" + current + ",\"status\":\"ordered\"}").status())
                    .as("illegal lifecycle move").isEqualTo(409);
            assertThat(api.send("DELETE", "/devices/" + id + "?version=" + current, null).status())
                    .as("installed devices are decommissioned, not deleted").isEqualTo(409);
            int afterStock = api.send("PATCH", "/devices/" + id, "{\"version\":" + current + ",\"status\":\"decommissioned\"}")
                    .json().get("version").asInt();
            assertThat(api.get("/devices/" + id).json().get("status").asText()).isEqualTo("DECOMMISSIONED");
            assertThat(afterStock).isGreaterThan(current);
        }
    }

    @BothDatabases
    void allocatesAGpuToATenant(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("ops", PASSWORD)) {
            JsonNode idle = api.get("/gpus?status=in_service&size=1000").json().get("items");
            JsonNode free = null;
            for (JsonNode gpu : idle) {
                if (gpu.get("tenantId").isNull()) {
                    free = gpu;
                    break;
                }
            }
            assertThat(free).as("the demo has unallocated cards").isNotNull();
            long tenant = api.get("/tenants").json().get(0).get("id").asLong();
            int version = services.gpus().find(free.get("id").asLong()).getVersion();

            ApiClient.Reply allocated = api.send("PATCH", "/gpus/" + free.get("id").asLong(),
                    "{\"version\":" + version + ",\"tenantId\":" + tenant + "}");
            assertThat(allocated.status()).isEqualTo(200);
            assertThat(allocated.json().get("tenantId").asLong()).isEqualTo(tenant);
        }
    }

    private static long modelId(ApiClient api, String modelStart) throws Exception {
        for (JsonNode model : api.get("/device-models").json()) {
            if (model.get("model").asText().startsWith(modelStart)) {
                return model.get("id").asLong();
            }
        }
        throw new AssertionError("no model " + modelStart);
    }
}
