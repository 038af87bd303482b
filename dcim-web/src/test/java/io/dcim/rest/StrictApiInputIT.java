package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.common.persistence.Database;
import io.dcim.power.PowerModule;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.util.List;

/**
 * The whole API reads bodies strictly: wrong JSON types, unknown fields, control characters
 * and numbers out of range are refused with 422 naming the field's JSON path, nothing is
 * written, and no message carries a library's wording or more than an excerpt of the input.
 */
class StrictApiInputIT {

    private static final String P = WebTesting.PASSWORD;

    private static Services seeded(Database db) {
        Services services = WebTesting.demoSiteWithPurchases(db);
        WebTesting.roleUsers(services, Role.OPS, Role.ADMIN);
        return services;
    }

    @BothDatabases
    void wrongJsonTypesUnknownFieldsAndNumbersOutOfRangeAnswer422NamingTheFieldAndWriteNothing(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("ops", P)) {
            long model = modelId(api, "S6850");
            String device = "{\"assetTag\":\"STRICT-1\",\"serial\":\"STRICT-SN-1\",\"modelId\":" + model
                    + ",\"status\":\"received\"}";
            assertRefused(api.send("POST", "/devices", device.replace("\"STRICT-1\"", "12345")), "assetTag", "a string");
            assertRefused(api.send("POST", "/devices", device.replace("\"STRICT-SN-1\"", "true")), "serial", "a string");
            assertRefused(api.send("POST", "/devices", device.replace("\"received\"", "3")), "status", "one of");
            assertRefused(api.send("POST", "/devices", device.replace(":" + model, ":\"" + model + "\"")), "modelId",
                    "whole number");
            assertRefused(api.send("POST", "/devices", device.replace("}", ",\"positionU\":30.5}")), "positionU",
                    "whole number");
            assertRefused(api.send("POST", "/devices", device.replace("}", ",\"positionU\":99999999999}")), "positionU",
                    "out of range");
            assertRefused(api.send("POST", "/devices", device.replace("}", ",\"colour\":\"red\"}")), "colour",
                    "not a field");
            assertThat(api.get("/devices?q=STRICT").json().get("total").asLong()).as("nothing written").isZero();

            ApiClient.Reply created = api.send("POST", "/devices", device);
            assertThat(created.status()).isEqualTo(201);
            long id = created.json().get("id").asLong();
            assertRefused(api.send("PATCH", "/devices/" + id, "{\"version\":\"0\"}"), "version", "whole number");
            assertRefused(api.send("PATCH", "/devices/" + id, "{\"version\":0,\"modelId\":1}"), "modelId", "not a field");

            long site = services.sites().sites().get(0).getId();
            String line = "{\"deviceModelId\":" + model + ",\"quantity\":2,\"unitPrice\":\"1000.00\",\"vatRate\":\"0.13\"}";
            String request = "{\"title\":\"t\",\"justification\":\"j\",\"siteId\":" + site + ",\"lines\":[" + line + ","
                    + line.replace("\"quantity\":2", "\"quantity\":2.5") + "]}";
            assertRefused(api.send("POST", "/purchase-requests", request), "lines[1].quantity", "whole number");
            assertRefused(api.send("POST", "/purchase-requests", request.replace("\"quantity\":2,", "\"qty\":2,")),
                    "lines[0].qty", "not a field");
            assertRefused(api.send("POST", "/purchase-requests", request.replace("\"unitPrice\":\"1000.00\"",
                    "\"unitPrice\":\"a lot\"")), "lines[0].unitPrice", "not an amount");

            long cabinet = api.get("/cabinets?size=1").json().at("/items/0/id").asLong();
            assertRefused(api.send("POST", "/reservations", "{\"cabinetId\":" + cabinet + ",\"scope\":\"cabinet\","
                    + "\"expiresOn\":20270131}"), "expiresOn", "a date");
            assertRefused(api.send("POST", "/forecast", "{\"series\":[1,2,3,4,5,6,7,8],\"horizon\":true}"), "horizon",
                    "whole number");
            long tenant = api.get("/tenants").json().get(0).get("id").asLong();
            long demand = api.get("/demand").json().get("total").asLong();
            assertRefused(api.send("POST", "/demand", "{\"tenantId\":" + tenant + ",\"siteId\":" + site
                    + ",\"resource\":\"gpu\",\"quantity\":8,\"startDate\":\"2027-03-01\",\"durationMonths\":12,"
                    + "\"stage\":\"committed\",\"probability\":\"0.8\"}"), "probability", "a number");
            assertThat(api.get("/demand").json().get("total").asLong()).isEqualTo(demand);

            ApiClient.Reply syntax = api.send("POST", "/devices", "{\"assetTag\":");
            assertThat(syntax.status()).as("not JSON at all stays a 400").isEqualTo(400);
            assertThat(syntax.json().get("error").asText()).doesNotContainIgnoringCase("jackson").doesNotContain("Unexpected");
        }
    }

    @BothDatabases
    void snmpTargetsRefuseABooleanHostANumberNameAndAYesForEnabledAndEchoOnlyAnExcerpt(Database db) throws Exception {
        Services services = seeded(db);
        try (PowerModule power = WebTesting.attachPower(services, db);
             ApiClient api = new ApiClient(services).basic("admin", P)) {
            long site = services.sites().sites().get(0).getId();
            String target = "{\"name\":\"ups-strict\",\"host\":\"127.0.0.1\",\"snmpVersion\":\"v2c\",\"community\":\"c\","
                    + "\"profileId\":\"ups-mib\",\"siteId\":" + site + ",\"role\":\"ups\"}";
            long before = api.get("/snmp-targets").json().get("total").asLong();
            assertRefused(api.send("POST", "/snmp-targets", target.replace("\"127.0.0.1\"", "true")), "host", "a string");
            assertRefused(api.send("POST", "/snmp-targets", target.replace("\"ups-strict\"", "12345")), "name", "a string");
            assertRefused(api.send("POST", "/snmp-targets", target.replace("}", ",\"enabled\":\"yes\"}")), "enabled",
                    "true or false");
            assertThat(api.get("/snmp-targets").json().get("total").asLong()).as("nothing created").isEqualTo(before);

            ApiClient.Reply huge = api.send("POST", "/snmp-targets", target.replace("ups-mib", "x".repeat(1_000_000)));
            assertThat(huge.status()).isEqualTo(422);
            assertThat(huge.json().get("field").asText()).isEqualTo("profileId");
            assertThat(huge.json().get("error").asText()).contains("x".repeat(40) + "…").doesNotContain("x".repeat(41))
                    .hasSizeLessThan(400);

            ApiClient.Reply created = api.send("POST", "/snmp-targets", target.replace("}", ",\"enabled\":false}"));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("enabled").asBoolean()).isFalse();
        }
    }

    @BothDatabases
    void controlCharactersInBodiesAndQueryParametersAnswer422NamingTheFieldOnBothDatabases(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("ops", P)) {
            long model = modelId(api, "S6850");
            String device = "{\"assetTag\":\"CTRL-1\",\"serial\":\"CTRL-SN-1\",\"modelId\":" + model
                    + ",\"status\":\"received\",\"notes\":\"racked by night shift\"}";
            assertRefused(api.send("POST", "/devices", device.replace("CTRL-1", "CTRL\\u0000-1")), "assetTag", "U+0000");
            assertRefused(api.send("POST", "/devices", device.replace("CTRL-SN-1", "CTRL\\tSN")), "serial", "U+0009");
            assertRefused(api.send("POST", "/devices", device.replace("night shift", "night\\u0000shift")), "notes",
                    "U+0000");
            assertThat(api.get("/devices?q=CTRL").json().get("total").asLong()).isZero();

            ApiClient.Reply multiLine = api.send("POST", "/devices", device.replace("night shift", "night shift\\n\\tsee ticket"));
            assertThat(multiLine.status()).as("notes are several lines").isEqualTo(201);
            assertThat(multiLine.json().get("notes").asText()).isEqualTo("racked by night shift\n\tsee ticket");
            long id = multiLine.json().get("id").asLong();
            int version = multiLine.json().get("version").asInt();
            assertRefused(api.send("PATCH", "/devices/" + id, "{\"version\":" + version + ",\"name\":\"a\\u001bb\"}"),
                    "name", "U+001B");

            assertRefused(api.get("/devices?q=a%00b"), "q", "U+0000");
            assertRefused(api.get("/cabinets?name=A%0107"), "name", "U+0001");
            assertRefused(api.get("/purchase-requests?requester=x%00"), "requester", "U+0000");
        }
    }

    @BothDatabases
    void aPageBeyondTheLastPossibleOffsetAnswers422NamingPageOnEveryList(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("ops", P)) {
            long cabinet = api.get("/cabinets?size=1").json().at("/items/0/id").asLong();
            for (String list : List.of("/cabinets", "/cabinets/" + cabinet + "/devices", "/devices", "/gpus",
                    "/purchase-requests", "/purchase-orders", "/assets", "/demand")) {
                String separator = list.contains("?") ? "&" : "?";
                assertRefused(api.get(list + separator + "page=2147483647&size=1000"), "page", "last possible page");
                assertThat(api.get(list + separator + "page=2147483&size=1000").status()).as(list).isEqualTo(200);
            }
            assertRefused(api.get("/devices?size=99999999999"), "size", "out of range");
            assertRefused(api.get("/devices?page=99999999999999999999999"), "page", "out of range");
        }
    }

    @BothDatabases
    void aPatchChangesOnlyTheFieldsItNamesAndNullClearsAnOptionalOne(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("ops", P)) {
            long model = modelId(api, "S6850");
            JsonNode created = api.send("POST", "/devices", "{\"assetTag\":\"PATCH-1\",\"serial\":\"PATCH-SN-1\",\"modelId\":"
                    + model + ",\"status\":\"received\",\"name\":\"leaf-a\",\"notes\":\"spare\"}").json();
            long id = created.get("id").asLong();
            JsonNode renamed = api.send("PATCH", "/devices/" + id, "{\"version\":" + created.get("version").asInt()
                    + ",\"name\":\"leaf-b\"}").json();
            assertThat(renamed.get("name").asText()).isEqualTo("leaf-b");
            assertThat(renamed.get("notes").asText()).as("absent: kept").isEqualTo("spare");
            JsonNode cleared = api.send("PATCH", "/devices/" + id, "{\"version\":" + renamed.get("version").asInt()
                    + ",\"notes\":null}").json();
            assertThat(cleared.get("notes").isNull()).as("null: cleared").isTrue();
            assertThat(cleared.get("name").asText()).isEqualTo("leaf-b");
        }
    }

    private static void assertRefused(ApiClient.Reply reply, String field, String reason) {
        assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(422);
        assertThat(reply.json().get("field").asText()).isEqualTo(field);
        assertThat(reply.json().get("error").asText()).contains(reason).doesNotContainIgnoringCase("jackson")
                .doesNotContain("java.").doesNotContain("Cannot deserialize");
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
