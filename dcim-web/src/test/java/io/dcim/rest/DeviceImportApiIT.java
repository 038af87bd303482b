package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;

class DeviceImportApiIT {

    private static final String HEADER = "asset_tag,serial,model,status,site,room,cabinet,position_u,gpu_serials\n";

    @BothDatabases
    void importsAValidFileAndRefusesAFileWithABadRowWith422AndEveryProblem(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.OPS, Role.ANALYST);
        long before = devices(services);
        try (ApiClient api = new ApiClient(services)) {
            String bad = HEADER + "API-1,ASN-1,H3C UniServer R4900 G5,RECEIVED,,,,,\n"
                    + "API-2,ASN-2,H3C UniServer R4900 G5,INSTALLED,,,,,\n"
                    + "API-3,ASN-1,H3C UniServer R4900 G5,RECEIVED,,,,,\n";
            assertThat(api.basic("analyst", WebTesting.PASSWORD).send("POST", "/imports/devices", bad).status()).isEqualTo(403);

            ApiClient.Reply refused = api.basic("ops", WebTesting.PASSWORD).send("POST", "/imports/devices", bad);

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("field").asText()).isEqualTo("file");
            assertThat(refused.json().at("/detail/written").asBoolean()).isFalse();
            assertThat(refused.json().at("/detail/problems")).hasSize(2);
            assertThat(refused.json().at("/detail/problems/0/line").asInt()).isEqualTo(3);
            assertThat(refused.json().at("/detail/problems/0/message").asText()).contains("must be in a cabinet");
            assertThat(refused.json().at("/detail/problems/1/column").asText()).isEqualTo("serial");
            assertThat(devices(services)).isEqualTo(before);

            String good = HEADER + "API-1,ASN-1,H3C UniServer R4900 G5,RECEIVED,,,,,\n";
            ApiClient.Reply dryRun = api.send("POST", "/imports/devices?dryRun=true", good);
            assertThat(dryRun.status()).isEqualTo(200);
            assertThat(dryRun.json().get("written").asBoolean()).isFalse();
            assertThat(devices(services)).isEqualTo(before);

            ApiClient.Reply imported = api.send("POST", "/imports/devices", good);
            assertThat(imported.status()).isEqualTo(200);
            assertThat(imported.json().get("devices").asInt()).isEqualTo(1);
            assertThat(imported.json().get("written").asBoolean()).isTrue();
            assertThat(devices(services)).isEqualTo(before + 1);

            assertThat(api.send("POST", "/imports/devices", "").json().get("error").asText()).isEqualTo("file: is empty");
        }
    }

    private static long devices(Services services) {
        return services.deviceQueries().page(DeviceFilter.all(), PageRequest.first(1, "assetTag")).total();
    }
}
