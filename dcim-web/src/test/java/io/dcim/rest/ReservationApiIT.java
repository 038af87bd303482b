package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.time.LocalDate;

class ReservationApiIT {

    @BothDatabases
    void reservesListsAndReleasesCabinetSpace(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.OPS);
        CabinetSummary cabinet = services.cabinetQueries().page(new CabinetFilter(null, null, null, null, 30, null, null),
                PageRequest.first(1, "name")).items().get(0);
        String until = LocalDate.now().plusDays(20).toString();
        try (ApiClient api = new ApiClient(services)) {
            api.basic("ops", WebTesting.PASSWORD);
            // U36-U39: above every demo cabinet's contents (network rows have patch panels from U30)
            ApiClient.Reply created = api.send("POST", "/reservations", "{\"cabinetId\":" + cabinet.id()
                    + ",\"scope\":\"both-faces\",\"positionU\":36,\"heightU\":4,\"purpose\":\"PR-3\",\"expiresOn\":\"" + until + "\"}");
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("topU").asInt()).isEqualTo(39);
            assertThat(api.get("/cabinets/" + cabinet.id()).json().get("usedU").asInt()).isEqualTo(cabinet.usedU() + 4);
            assertThat(api.get("/cabinets/" + cabinet.id()).json().get("reservedU").asInt()).isEqualTo(4);

            ApiClient.Reply clash = api.send("POST", "/reservations", "{\"cabinetId\":" + cabinet.id()
                    + ",\"scope\":\"FRONT\",\"positionU\":37,\"heightU\":1,\"purpose\":\"x\",\"expiresOn\":\"" + until + "\"}");
            assertThat(clash.status()).isEqualTo(409);
            assertThat(clash.json().get("field").asText()).isEqualTo("positionU");
            ApiClient.Reply badDate = api.send("POST", "/reservations", "{\"cabinetId\":" + cabinet.id()
                    + ",\"scope\":\"FRONT\",\"positionU\":34,\"heightU\":1,\"purpose\":\"x\",\"expiresOn\":\"next week\"}");
            assertThat(badDate.status()).as("JSON, but not a date: 422").isEqualTo(422);
            assertThat(badDate.json().get("field").asText()).isEqualTo("expiresOn");

            ApiClient.Reply listed = api.get("/cabinets/" + cabinet.id() + "/reservations");
            assertThat(listed.json()).hasSize(1);
            long id = listed.json().get(0).get("id").asLong();
            int version = listed.json().get(0).get("version").asInt();
            assertThat(api.send("DELETE", "/reservations/" + id + "?version=" + version, null).status()).isEqualTo(204);
            assertThat(api.get("/cabinets/" + cabinet.id() + "/reservations").json()).isEmpty();
        }
    }
}
