package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.power.PowerModule;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Editing the chain over HTTP against the version read, and its circuit schedule and supply connections out as
 * CSV and back through the import (422 with every refused row, nothing written), on the small demo site.
 */
class PowerChainTransferApiIT {

    private static final String P = WebTesting.PASSWORD;

    @BothDatabases
    void theChainIsEditedAgainstItsVersionAndItsSheetsGoOutAndComeBack(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.ADMIN, Role.ANALYST);
        DeviceSummary server = WebTesting.firstGpuServer(services, LifecycleStatus.IN_SERVICE);
        try (ApiClient api = new ApiClient(services);
             PowerModule power = PowerModule.start(db, Clock.systemUTC(),
                     PowerModule.Config.defaults(CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key())))) {
            services.attachPower(power);
            long site = services.sites().sites().get(0).getId();
            api.basic("admin", P);
            long source = api.send("POST", "/power-sources", "{\"siteId\":" + site
                    + ",\"name\":\"UPS-A\",\"kind\":\"UPS\",\"capacityW\":450000}").json().get("id").asLong();
            ApiClient.Reply edited = api.send("PATCH", "/power-sources/" + source,
                    "{\"version\":0,\"name\":\"UPS-A\",\"kind\":\"UPS\",\"capacityW\":500000}");
            assertThat(edited.status()).isEqualTo(200);
            assertThat(edited.json().get("version").asInt()).isEqualTo(1);
            assertThat(api.send("PATCH", "/power-sources/" + source,
                    "{\"version\":0,\"name\":\"UPS-A\",\"kind\":\"UPS\",\"capacityW\":1}").status()).isEqualTo(409);

            String csv = "source,source_kind,source_capacity_w,panel,panel_phases,panel_voltage_v,panel_rating_a,"
                    + "feed,room,cabinet,side,phases,voltage_v,breaker_a,pdu\n"
                    + "UPS-A,,,PP-A,3,400,400,F-A," + server.roomName() + "," + server.cabinetName()
                    + ",A,1,230,32,\n";
            ApiClient.Reply refused = api.send("POST", "/sites/" + site + "/power-chain/import",
                    csv + "UPS-A,,,PP-A,3,400,400,F-B,,NO-SUCH-CABINET,B,1,230,32,\nUPS-Z,BATTERY,1,,,,,,,,,,,,\n",
                    "text/csv");
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().at("/detail/problems")).extracting(p -> p.get("line").asInt(),
                    p -> p.get("column").asText()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3, "cabinet"), org.assertj.core.groups.Tuple.tuple(4,
                            "source_kind"));
            ApiClient.Reply dryRun = api.send("POST", "/sites/" + site + "/power-chain/import?dryRun=true", csv,
                    "text/csv");
            assertThat(dryRun.json().get("written").asBoolean()).isFalse();
            assertThat(dryRun.json().get("added").asInt()).isEqualTo(2);
            assertThat(api.send("POST", "/sites/" + site + "/power-chain/import", csv, "text/csv").json()
                    .get("written").asBoolean()).isTrue();
            String supplies = "device,supply,feed,outlet\n" + server.assetTag() + ",1,F-A,12\n";
            ApiClient.Reply badOutlets = api.send("POST", "/sites/" + site + "/power-chain/import?sheet=supplies",
                    "device,supply,feed,outlet\n" + server.assetTag() + ",1,F-A,97\n" + server.assetTag()
                            + ",1,F-A,twelve\n", "text/csv");
            assertThat(badOutlets.status()).isEqualTo(422);
            assertThat(badOutlets.json().at("/detail/problems")).extracting(p -> p.get("line").asInt(),
                    p -> p.get("column").asText()).containsExactly(org.assertj.core.groups.Tuple.tuple(2, "outlet"),
                    org.assertj.core.groups.Tuple.tuple(3, "outlet"));
            assertThat(api.get("/devices/" + server.id() + "/power-supplies").json().at("/plugged/0/feedId")
                    .asLong()).as("nothing kept").isZero();
            assertThat(api.send("POST", "/sites/" + site + "/power-chain/import?sheet=supplies", supplies, "text/csv")
                    .status()).isEqualTo(200);
            assertThat(api.get("/devices/" + server.id() + "/power-supplies").json().at("/plugged/0/outlet").asInt())
                    .isEqualTo(12);
            // a sheet kept before outlets were (no such column) leaves the outlet recorded
            assertThat(api.send("POST", "/sites/" + site + "/power-chain/import?sheet=supplies",
                    "device,supply,feed\n" + server.assetTag() + ",1,F-A\n", "text/csv").json().get("changed")
                    .asInt()).isZero();
            assertThat(api.get("/devices/" + server.id() + "/power-supplies").json().at("/plugged/0/outlet").asInt())
                    .isEqualTo(12);

            api.basic("analyst", P);
            String circuits = new String(api.download("/sites/" + site + "/power-chain.csv"), StandardCharsets.UTF_8);
            assertThat(circuits).contains("UPS-A,UPS,500000,PP-A,3,400,400,F-A," + server.roomName());
            String plugged = new String(api.download("/sites/" + site + "/power-chain.csv?sheet=supplies"),
                    StandardCharsets.UTF_8);
            assertThat(plugged).contains(server.assetTag() + ",1,F-A,12");
            api.language("zh-CN");
            String chinese = new String(api.download("/sites/" + site + "/power-chain.csv?sheet=supplies"),
                    StandardCharsets.UTF_8);
            assertThat(chinese).contains("\u9988\u7ebf,PDU\u63d2\u5ea7").contains(server.assetTag() + ",1,F-A,12");
            api.language(null);
            assertThat(api.send("POST", "/sites/" + site + "/power-chain/import", csv, "text/csv").status())
                    .isEqualTo(403);

            api.basic("admin", P);
            ApiClient.Reply back = api.send("POST", "/sites/" + site + "/power-chain/import?sheet=supplies", chinese,
                    "text/csv");
            assertThat(back.status()).as("the Chinese-headed export reads back").isEqualTo(200);
            assertThat(back.json().get("changed").asInt()).isZero();
            JsonNode feed = api.get("/devices/" + server.id() + "/power-supplies").json();
            long feedId = feed.at("/plugged/0/feedId").asLong();
            int feedVersion = api.get("/power-feeds/" + feedId).json().get("version").asInt();
            assertThat(api.send("DELETE", "/power-feeds/" + feedId + "?version=" + feedVersion, null).status())
                    .as("a supply is plugged into it").isEqualTo(409);
            assertThat(api.send("DELETE", "/devices/" + server.id() + "/power-supplies/1", null).status())
                    .isEqualTo(204);
            assertThat(api.send("DELETE", "/power-feeds/" + feedId + "?version=" + feedVersion, null).status())
                    .isEqualTo(204);

            JsonNode document = api.anonymous().get("/openapi.json").json();
            assertThat(document.at("/paths").has("/sites/{id}/power-chain/import")).isTrue();
            assertThat(document.at("/paths").has("/sites/{id}/power-chain.xlsx")).isTrue();
            assertThat(document.at("/paths").has("/redfish-targets/{id}/poll")).isTrue();
        }
    }
}
