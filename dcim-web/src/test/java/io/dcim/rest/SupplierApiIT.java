package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.EnumSet;

/** Suppliers kept over the API by managers; ops read them; orders filtered by their date. */
class SupplierApiIT {

    @BothDatabases
    void aManagerAddsASupplierWithContactsEditsItAndDeletesItWhileOpsOnlyRead(Database db) throws Exception {
        Services services = WebTesting.services(db);
        services.users().create("mgr", null, WebTesting.PASSWORD, EnumSet.of(Role.MANAGER));
        WebTesting.roleUsers(services, Role.OPS);
        try (ApiClient api = new ApiClient(services).basic("mgr", WebTesting.PASSWORD)) {
            ApiClient.Reply created = api.send("POST", "/suppliers", """
                    {"name":"Shenzhen Sitong","taxId":"91440300MA5F0XXX1A","leadTimeDays":45,
                     "contacts":[{"name":"Li Wei","email":"li.wei@sitong.example"}]}""");
            assertThat(created.status()).isEqualTo(201);
            JsonNode supplier = created.json();
            long id = supplier.get("id").asLong();
            assertThat(supplier.get("contacts").get(0).get("email").asText()).isEqualTo("li.wei@sitong.example");

            ApiClient.Reply unreachable = api.send("PATCH", "/suppliers/" + id, "{\"version\":" + supplier.get("version").asInt()
                    + ",\"contacts\":[{\"name\":\"Zhang Min\"}]}");
            assertThat(unreachable.status()).isEqualTo(422);
            assertThat(unreachable.json().get("field").asText()).isEqualTo("contacts[0].email");

            JsonNode edited = api.send("PATCH", "/suppliers/" + id, "{\"version\":" + supplier.get("version").asInt()
                    + ",\"leadTimeDays\":60}").json();
            assertThat(edited.get("leadTimeDays").asInt()).isEqualTo(60);
            assertThat(edited.get("contacts")).hasSize(1);
            assertThat(api.get("/suppliers?q=sitong").json().get("items").findValuesAsText("name"))
                    .containsExactly("Shenzhen Sitong");

            api.basic("ops", WebTesting.PASSWORD);
            assertThat(api.get("/suppliers/" + id).json().get("name").asText()).isEqualTo("Shenzhen Sitong");
            assertThat(api.send("DELETE", "/suppliers/" + id + "?version=" + edited.get("version").asInt(), null).status())
                    .isEqualTo(403);

            api.basic("mgr", WebTesting.PASSWORD);
            assertThat(api.send("DELETE", "/suppliers/" + id + "?version=" + supplier.get("version").asInt(), null).status())
                    .isEqualTo(409);
            assertThat(api.send("DELETE", "/suppliers/" + id + "?version=" + edited.get("version").asInt(), null).status())
                    .isEqualTo(204);
        }
    }

    @BothDatabases
    void ordersAreFilteredByTheirDateAndAReversedRangeIsRefusedNamingItsEnd(Database db) throws Exception {
        Services services = io.dcim.console.purchase.OrderPagesTest.seeded(db);
        try (ApiClient api = ApiClient.as(services, Role.ANALYST)) {
            JsonNode april = api.get("/purchase-orders?from=2024-04-01&to=2024-04-30&size=100").json();
            assertThat(april.get("items").findValuesAsText("orderDate")).isNotEmpty()
                    .allSatisfy(day -> assertThat(day).startsWith("2024-04-"));

            ApiClient.Reply reversed = api.send("GET", "/purchase-orders?from=2024-05-01&to=2024-04-01", null);
            assertThat(reversed.status()).isEqualTo(422);
            assertThat(reversed.json().get("field").asText()).isEqualTo("to");
        }
    }
}
