package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.EnumSet;

/** The asset classes' terms over the API: finance changes them, managers read them. */
class AssetClassApiIT {

    @BothDatabases
    void anAnalystChangesAClassLifeAgainstTheVersionReadAndAManagerMayNot(Database db) throws Exception {
        Services services = WebTesting.services(db);
        WebTesting.roleUsers(services, Role.ANALYST);
        services.users().create("mgr", null, WebTesting.PASSWORD, EnumSet.of(Role.MANAGER));
        try (ApiClient api = new ApiClient(services).basic("mgr", WebTesting.PASSWORD)) {
            JsonNode classes = api.get("/asset-classes").json();
            assertThat(classes.findValuesAsText("assetClass")).containsExactly("SERVER", "NETWORK", "STORAGE", "POWER_COOLING");
            JsonNode network = api.get("/asset-classes/NETWORK").json();
            assertThat(network.get("usefulLifeMonths").asInt()).isEqualTo(60);
            String change = "{\"version\":" + network.get("version").asInt() + ",\"usefulLifeMonths\":36}";
            assertThat(api.send("PATCH", "/asset-classes/NETWORK", change).status()).isEqualTo(403);

            api.basic("analyst", WebTesting.PASSWORD);
            JsonNode changed = api.send("PATCH", "/asset-classes/NETWORK", change).json();
            assertThat(changed.get("usefulLifeMonths").asInt()).isEqualTo(36);
            assertThat(changed.get("method").asText()).isEqualTo("STRAIGHT_LINE");
            ApiClient.Reply stale = api.send("PATCH", "/asset-classes/NETWORK", change);
            assertThat(stale.status()).isEqualTo(409);
            ApiClient.Reply partYears = api.send("PATCH", "/asset-classes/NETWORK", "{\"version\":"
                    + changed.get("version").asInt() + ",\"method\":\"DOUBLE_DECLINING_BALANCE\",\"usefulLifeMonths\":30}");
            assertThat(partYears.status()).isEqualTo(422);
            assertThat(partYears.json().get("field").asText()).isEqualTo("usefulLifeMonths");
        }
    }
}
