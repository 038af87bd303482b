package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;

/** Tags and custom fields over the API: defined by an admin, put on objects with their PATCH, filtered on in lists. */
class LabelsApiIT {

    private static final String PASSWORD = WebTesting.PASSWORD;

    @BothDatabases
    void anAdminDefinesTagsAndFieldsOpsLabelDevicesAndCabinetsAndListsFilterOnThem(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.ADMIN);
        try (ApiClient api = ApiClient.as(services, Role.OPS)) {
            assertThat(api.send("POST", "/tags", "{\"name\":\"Training pool\"}").status()).as("tag.manage: admins").isEqualTo(403);
            api.basic("admin", PASSWORD);
            ApiClient.Reply training = api.send("POST", "/tags", "{\"name\":\"Training pool\",\"colour\":\"#1976D2\"}");
            assertThat(training.status()).isEqualTo(201);
            assertThat(training.json().get("slug").asText()).isEqualTo("training-pool");
            assertThat(training.json().get("colour").asText()).isEqualTo("#1976d2");
            assertThat(api.send("POST", "/tags", "{\"name\":\"RMA\",\"colour\":\"#d32f2f\"}").status()).isEqualTo(201);
            ApiClient.Reply field = api.send("POST", "/custom-fields", "{\"objectType\":\"DEVICE\",\"key\":\"budget_kw\","
                    + "\"labelEn\":\"Budget (kW)\",\"labelZh\":\"预算（千瓦）\",\"kind\":\"NUMBER\"}");
            assertThat(field.status()).isEqualTo(201);
            assertThat(api.send("POST", "/custom-fields", "{\"objectType\":\"CABINET\",\"key\":\"contract\",\"labelEn\":\"Contract\","
                    + "\"labelZh\":\"合同\",\"kind\":\"CHOICE\",\"choices\":[\"A-2024\",\"B-2025\"]}").status()).isEqualTo(201);
            assertThat(api.get("/custom-fields?objectType=DEVICE").json().findValuesAsText("key")).containsExactly("budget_kw");

            api.basic("ops", PASSWORD);
            JsonNode devices = api.get("/devices?size=3").json().get("items");
            JsonNode first = devices.get(0);
            JsonNode patched = api.send("PATCH", "/devices/" + first.get("id").asLong(), "{\"version\":"
                    + first.get("version").asInt() + ",\"notes\":\"pool A\",\"tags\":[\"training-pool\",\"rma\"],"
                    + "\"customFields\":{\"budget_kw\":10.50}}").json();
            assertThat(patched.get("tags").toString()).isEqualTo("[\"rma\",\"training-pool\"]");
            assertThat(patched.get("customFields").get("budget_kw").asText()).isEqualTo("10.5");
            assertThat(patched.get("notes").asText()).isEqualTo("pool A");

            long second = devices.get(1).get("id").asLong();
            ApiClient.Reply bad = api.send("PATCH", "/devices/" + second, "{\"version\":" + devices.get(1).get("version").asInt()
                    + ",\"customFields\":{\"budget_kw\":\"lots\"}}");
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.json().get("field").asText()).isEqualTo("customFields.budget_kw");
            assertThat(api.send("POST", "/devices/bulk-edit", "{\"ids\":[" + second + "," + devices.get(2).get("id").asLong()
                    + "],\"addTags\":[\"training-pool\"]}").json().get("changed").asInt()).isEqualTo(2);

            JsonNode tagged = api.get("/devices?tag=training-pool&size=10").json();
            assertThat(tagged.get("total").asLong()).isEqualTo(3);
            assertThat(tagged.get("items").get(0).has("assetTag")).as("the summary's fields stay at the top level").isTrue();
            assertThat(api.get("/devices?tag=training-pool&tag=rma").json().get("total").asLong()).isEqualTo(1);
            assertThat(api.get("/devices?cf_budget_kw=10.500").json().get("items").get(0).get("id").asLong())
                    .isEqualTo(first.get("id").asLong());
            ApiClient.Reply unknown = api.get("/devices?tag=nope");
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(unknown.json().get("field").asText()).isEqualTo("tag");

            JsonNode cabinet = api.get("/cabinets?size=1").json().get("items").get(0);
            JsonNode terms = api.get("/cabinets/" + cabinet.get("id").asLong() + "/terms").json();
            JsonNode labelled = api.send("PATCH", "/cabinets/" + cabinet.get("id").asLong(), "{\"version\":"
                    + terms.get("version").asInt() + ",\"tags\":[\"rma\"],\"customFields\":{\"contract\":\"a-2024\"}}").json();
            assertThat(labelled.get("customFields").get("contract").asText()).isEqualTo("A-2024");
            assertThat(api.get("/cabinets?tag=rma&cf_contract=A-2024").json().get("total").asLong()).isEqualTo(1);
            assertThat(api.get("/cabinets/" + cabinet.get("id").asLong()).json().get("tags").get(0).asText()).isEqualTo("rma");

            JsonNode gpu = api.get("/gpus?size=1").json().get("items").get(0);
            JsonNode gpuTagged = api.send("PATCH", "/gpus/" + gpu.get("id").asLong(), "{\"version\":"
                    + api.get("/gpus/" + gpu.get("id").asLong()).json().get("version").asInt() + ",\"tags\":[\"rma\"]}").json();
            assertThat(gpuTagged.get("tags").get(0).asText()).isEqualTo("rma");
            assertThat(api.get("/gpus?tag=rma").json().get("total").asLong()).isEqualTo(1);

            api.basic("admin", PASSWORD);
            JsonNode rma = api.get("/tags").json().get(0);
            assertThat(rma.get("name").asText()).isEqualTo("RMA");
            assertThat(rma.get("uses").asLong()).isEqualTo(3);
            assertThat(api.send("DELETE", "/tags/" + rma.get("id").asLong() + "?version=" + rma.get("version").asInt(), null)
                    .status()).isEqualTo(409);
        }
    }
}
