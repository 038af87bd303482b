package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;

/** The catalog kept over the API: a new card and a server model built around it. */
class CatalogApiIT {

    @BothDatabases
    void opsAddAGpuAndAServerModelEditThemAndDeleteThem(Database db) throws Exception {
        Services services = WebTesting.services(db);
        services.catalog().ensureReferenceData();
        WebTesting.roleUsers(services, Role.OPS, Role.ANALYST);
        try (ApiClient api = new ApiClient(services).basic("ops", WebTesting.PASSWORD)) {
            ApiClient.Reply gpu = api.send("POST", "/gpu-models", """
                    {"name":"B300","vendor":"NVIDIA","memoryGb":288,"tdpW":1100,"systemWPerGpu":1900}""");
            assertThat(gpu.status()).isEqualTo(201);
            long gpuId = gpu.json().get("id").asLong();
            JsonNode server = api.send("POST", "/device-models", "{\"manufacturer\":\"Inspur\",\"model\":\"NF5688-B300\","
                    + "\"kind\":\"GPU_SERVER\",\"heightU\":8,\"fullDepth\":true,\"ratedPowerW\":16000,\"typicalPowerW\":14000,"
                    + "\"gpuSlots\":8,\"defaultGpuModelId\":" + gpuId + "}").json();
            assertThat(server.get("defaultGpuModelId").asLong()).isEqualTo(gpuId);
            long serverId = server.get("id").asLong();

            JsonNode edited = api.send("PATCH", "/device-models/" + serverId, "{\"version\":" + server.get("version").asInt()
                    + ",\"typicalPowerW\":13500}").json();
            assertThat(edited.get("typicalPowerW").asInt()).isEqualTo(13_500);
            assertThat(edited.get("model").asText()).isEqualTo("NF5688-B300");
            ApiClient.Reply above = api.send("PATCH", "/device-models/" + serverId, "{\"version\":"
                    + edited.get("version").asInt() + ",\"typicalPowerW\":17000}");
            assertThat(above.status()).isEqualTo(422);
            assertThat(above.json().get("field").asText()).isEqualTo("typicalPowerW");
            assertThat(api.get("/gpu-models").json().findValuesAsText("name")).contains("B300", "H100 SXM5 80GB");

            ApiClient.Reply used = api.send("DELETE", "/gpu-models/" + gpuId + "?version=" + gpu.json().get("version").asInt(), null);
            assertThat(used.status()).isEqualTo(409);
            assertThat(api.basic("analyst", WebTesting.PASSWORD)
                    .send("DELETE", "/device-models/" + serverId + "?version=" + edited.get("version").asInt(), null).status())
                    .isEqualTo(403);
            api.basic("ops", WebTesting.PASSWORD);
            assertThat(api.send("DELETE", "/device-models/" + serverId + "?version=" + edited.get("version").asInt(), null)
                    .status()).isEqualTo(204);
            assertThat(api.send("DELETE", "/gpu-models/" + gpuId + "?version=" + gpu.json().get("version").asInt(), null)
                    .status()).isEqualTo(204);
        }
    }
}
