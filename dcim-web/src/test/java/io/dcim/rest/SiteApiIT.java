package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;

/** Building a hall over the API: site, room, row and cabinet created, edited against their versions, deleted. */
class SiteApiIT {

    private static final String PASSWORD = WebTesting.PASSWORD;

    private static Services seeded(Database db) {
        Services services = WebTesting.services(db);
        WebTesting.roleUsers(services, Role.OPS, Role.MANAGER);
        return services;
    }

    @BothDatabases
    void opsBuildAHallFromNothingAndTakeItDownAgain(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("ops", PASSWORD)) {
            ApiClient.Reply created = api.send("POST", "/sites", """
                    {"name":"Ulanqab 2","code":"UQ2","timeZone":"Asia/Shanghai","electricityPricePerKwh":0.262,
                     "designPue":1.2,"gridEmissionKgPerKwh":0.5703}""");
            assertThat(created.status()).isEqualTo(201);
            long site = created.json().get("id").asLong();
            int version = created.json().get("version").asInt();

            JsonNode edited = api.send("PATCH", "/sites/" + site, "{\"version\":" + version + ",\"city\":\"Ulanqab\"}").json();
            assertThat(edited.get("city").asText()).isEqualTo("Ulanqab");
            assertThat(edited.get("code").asText()).as("fields left out stay").isEqualTo("UQ2");
            assertThat(edited.get("gridEmissionKgPerKwh").decimalValue()).isEqualByComparingTo("0.5703");
            ApiClient.Reply stale = api.send("PATCH", "/sites/" + site, "{\"version\":" + version + ",\"city\":\"X\"}");
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.json().get("field").asText()).isEqualTo("version");

            long room = api.send("POST", "/rooms", "{\"siteId\":" + site + ",\"name\":\"Hall 1\"}").json().get("id").asLong();
            JsonNode row = api.send("POST", "/rows", "{\"roomId\":" + room + ",\"name\":\"A\"}").json();
            assertThat(row.get("position").asInt()).isEqualTo(1);
            JsonNode cabinet = api.send("POST", "/cabinets", "{\"rowId\":" + row.get("id").asLong() + ",\"name\":\"A01\","
                    + "\"position\":1,\"contractedW\":22000,\"lease\":{\"landlord\":\"IDC Co\",\"monthlyFee\":6800,"
                    + "\"start\":\"2026-01-01\",\"end\":\"2028-12-31\"}}").json();
            assertThat(cabinet.get("heightU").asInt()).isEqualTo(42);
            assertThat(cabinet.get("lease").get("monthlyFee").decimalValue()).isEqualByComparingTo("6800");
            long cabinetId = cabinet.get("id").asLong();

            ApiClient.Reply taller = api.send("PATCH", "/cabinets/" + cabinetId, "{\"version\":"
                    + cabinet.get("version").asInt() + ",\"heightU\":48,\"lease\":null}");
            assertThat(taller.status()).isEqualTo(200);
            assertThat(taller.json().get("heightU").asInt()).isEqualTo(48);
            assertThat(taller.json().get("lease").isNull()).isTrue();
            assertThat(taller.json().get("contractedW").asInt()).isEqualTo(22_000);
            ApiClient.Reply tooTall = api.send("PATCH", "/cabinets/" + cabinetId, "{\"version\":"
                    + taller.json().get("version").asInt() + ",\"heightU\":60}");
            assertThat(tooTall.status()).isEqualTo(422);
            assertThat(tooTall.json().get("field").asText()).isEqualTo("heightU");

            ApiClient.Reply notEmpty = api.send("DELETE", "/rooms/" + room + "?version=0", null);
            assertThat(notEmpty.status()).isEqualTo(409);
            assertThat(notEmpty.json().get("error").asText()).contains("still has 1 row");
            assertThat(api.send("DELETE", "/cabinets/" + cabinetId, null).json().get("field").asText()).isEqualTo("version");
            assertThat(api.send("DELETE", "/cabinets/" + cabinetId + "?version=" + taller.json().get("version").asInt(), null)
                    .status()).isEqualTo(204);
            assertThat(api.send("DELETE", "/rows/" + row.get("id").asLong() + "?version=0", null).status()).isEqualTo(204);
            assertThat(api.send("DELETE", "/rooms/" + room + "?version=0", null).status()).isEqualTo(204);
            int siteVersion = api.get("/sites/" + site).json().get("version").asInt();
            assertThat(api.send("DELETE", "/sites/" + site + "?version=" + siteVersion, null).status()).isEqualTo(204);
            assertThat(api.get("/sites/" + site).status()).isEqualTo(404);
        }
    }

    @BothDatabases
    void unknownFieldsAndMissingPermissionsAreRefused(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("manager", PASSWORD)) {
            ApiClient.Reply refused = api.send("POST", "/sites", "{\"name\":\"X\",\"timeZone\":\"Asia/Shanghai\","
                    + "\"electricityPricePerKwh\":1,\"designPue\":1.3}");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("error").asText()).contains("site.manage");

            ApiClient.Reply unknown = api.send("POST", "/tenants", "{\"name\":\"PKU\",\"kind\":\"UNIVERSITY\",\"vip\":true}");
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(unknown.json().get("field").asText()).isEqualTo("vip");

            JsonNode tenant = api.send("POST", "/tenants", "{\"name\":\"PKU\",\"kind\":\"UNIVERSITY\"}").json();
            long id = tenant.get("id").asLong();
            JsonNode renamed = api.send("PATCH", "/tenants/" + id, "{\"version\":" + tenant.get("version").asInt()
                    + ",\"name\":\"Peking University\"}").json();
            assertThat(renamed.get("name").asText()).isEqualTo("Peking University");
            assertThat(renamed.get("kind").asText()).isEqualTo("UNIVERSITY");
            assertThat(api.language("zh-CN").send("PATCH", "/tenants/" + id, "{\"version\":0,\"name\":\"X\"}").json()
                    .get("error").asText()).contains("已被他人修改");
            assertThat(api.send("DELETE", "/tenants/" + id + "?version=" + renamed.get("version").asInt(), null).status())
                    .isEqualTo(204);
        }
    }
}
