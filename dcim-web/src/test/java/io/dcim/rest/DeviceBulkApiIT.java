package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.List;
import java.util.stream.Collectors;

class DeviceBulkApiIT {

    @BothDatabases
    void aBulkEditListsEveryRefusalAndChangesNothingUntilAllAccept(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.OPS);
        List<DeviceSummary> inService = services.deviceQueries().page(new DeviceFilter(null, null, null, null,
                LifecycleStatus.IN_SERVICE, null, null), PageRequest.first(3, "assetTag")).items();
        String ids = inService.stream().map(d -> String.valueOf(d.id())).collect(Collectors.joining(","));
        try (ApiClient api = new ApiClient(services).basic("ops", WebTesting.PASSWORD)) {
            ApiClient.Reply refused = api.send("POST", "/devices/bulk-edit", "{\"ids\":[" + ids + "],\"status\":\"ORDERED\","
                    + "\"notes\":\"batch\"}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("field").asText()).isEqualTo("ids");
            assertThat(refused.json().get("error").asText()).contains("3 of the 3 selected devices refused")
                    .contains(inService.get(0).assetTag()).contains(inService.get(2).assetTag());
            assertThat(services.devices().find(inService.get(0).id()).getNotes()).isNotEqualTo("batch");

            JsonNode changed = api.send("POST", "/devices/bulk-edit", "{\"ids\":[" + ids + "],\"status\":\"MAINTENANCE\","
                    + "\"notes\":\"batch\"}").json();
            assertThat(changed.get("changed").asInt()).isEqualTo(3);
            assertThat(inService).allSatisfy(d -> assertThat(services.devices().find(d.id()).getStatus())
                    .isEqualTo(LifecycleStatus.MAINTENANCE));
            assertThat(api.send("POST", "/devices/bulk-edit", "{\"ids\":[]}").status()).isEqualTo(422);

            ApiClient.Reply clone = api.send("POST", "/devices/" + inService.get(0).id() + "/clone",
                    "{\"assetTag\":\"CLONE-1\",\"serial\":\"SN-CLONE-1\"}");
            assertThat(clone.status()).isEqualTo(201);
            assertThat(clone.json().get("status").asText()).isEqualTo("ORDERED");
            assertThat(clone.json().get("modelId").asLong()).isEqualTo(services.devices().find(inService.get(0).id())
                    .getModel().getId());
        }
    }
}
