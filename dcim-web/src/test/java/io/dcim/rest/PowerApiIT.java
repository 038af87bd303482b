package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.common.persistence.Database;
import io.dcim.power.PowerModule;
import io.dcim.power.polling.SweepReport;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.demo.PowerDemo;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.LivePower;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;

class PowerApiIT {

    @BothDatabases
    void liveLoadPueTargetsWithoutSecretsAndAlarmsAcknowledgedByOps(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.ADMIN, Role.OPS);
        try (ApiClient api = ApiClient.as(services, Role.ANALYST)) {
            assertThat(api.get("/alarms").status()).as("without the power module").isEqualTo(409);

            try (PowerModule power = WebTesting.attachPower(services, db);
                 PowerDemo demo = PowerDemo.start(db, power.targets(), power.profiles(), DemoOptions.DEFAULT.withoutHistory())) {
                SweepReport sweep = LivePower.sweepUntilEveryPollIsStored(power);
                long siteId = services.sites().sites().get(0).getId();

                JsonNode site = api.get("/sites/" + siteId + "/power").json();
                // A poll that timed out on a loaded machine leaves a meter without a reading (the PUE then divides
                // by part of the IT load, or has no facility figure): sweep again until every meter reports.
                for (int i = 0; i < 20 && !everyMeterReports(site); i++) {
                    sweep = LivePower.sweepUntilEveryPollIsStored(power);
                    site = api.get("/sites/" + siteId + "/power").json();
                }
                assertThat(everyMeterReports(site)).as("every PDU and facility meter reporting: %s", site).isTrue();
                assertThat(site.get("itW").asLong()).isPositive();
                assertThat(site.get("pue").asDouble()).as("site PUE after %s: %s", sweep, site).isBetween(1.1, 1.4);
                JsonNode targets = api.get("/snmp-targets?role=pdu&size=5").json();
                assertThat(targets.get("total").asInt()).isPositive();
                JsonNode pdu = targets.at("/items/0");
                assertThat(pdu.toString()).doesNotContainIgnoringCase("community").doesNotContainIgnoringCase("ciphertext");
                long cabinetId = pdu.get("cabinetId").asLong();
                JsonNode cabinet = api.get("/cabinets/" + cabinetId + "/power").json();
                assertThat(cabinet.get("measuredW").asLong()).isPositive();
                assertThat(api.get("/snmp-targets/" + pdu.get("id").asLong() + "/status").json().get("outcome").asText())
                        .isEqualTo("OK");
                JsonNode series = api.get("/readings?target=" + pdu.get("id").asLong() + "&metric=pdu.power.w&step=60").json();
                assertThat(series.size()).isPositive();
                assertThat(api.get("/readings?metric=pdu.power.w").json().get("field").asText()).isEqualTo("target");

                JsonNode alarms = api.get("/alarms?state=active").json();
                assertThat(alarms.get("total").asInt()).as("the demo runs a few cabinets hot").isPositive();
                long alarmId = alarms.at("/items/0/id").asLong();
                int version = alarms.at("/items/0/version").asInt();
                String ack = "{\"version\":" + version + ",\"comment\":\"blanking panels fitted\"}";
                assertThat(api.send("POST", "/alarms/" + alarmId + "/ack", ack).status()).isEqualTo(403);
                JsonNode acked = api.basic("ops", WebTesting.PASSWORD).send("POST", "/alarms/" + alarmId + "/ack", ack).json();
                assertThat(acked.get("ackedBy").asText()).isEqualTo("ops");
                assertThat(acked.get("ackComment").asText()).isEqualTo("blanking panels fitted");

                api.basic("admin", WebTesting.PASSWORD);
                ApiClient.Reply created = api.send("POST", "/snmp-targets", "{\"name\":\"meter-1\",\"host\":\"127.0.0.1\","
                        + "\"snmpVersion\":\"v2c\",\"community\":\"s3cret-community\",\"profileId\":\"ups-mib\",\"siteId\":"
                        + siteId + ",\"role\":\"ups\"}");
                assertThat(created.status()).isEqualTo(201);
                assertThat(created.json().toString()).doesNotContain("s3cret-community");
                ApiClient.Reply badHost = api.send("POST", "/snmp-targets", "{\"name\":\"meter-2\",\"host\":\"not a host!\","
                        + "\"snmpVersion\":\"v2c\",\"community\":\"c\",\"profileId\":\"ups-mib\",\"siteId\":" + siteId
                        + ",\"role\":\"ups\"}");
                assertThat(badHost.status()).isEqualTo(422);
                assertThat(badHost.json().get("field").asText()).isEqualTo("host");
            }
        }
    }

    private static boolean everyMeterReports(JsonNode site) {
        boolean pdus = true;
        for (JsonNode room : site.get("rooms")) {
            pdus &= room.get("pdusReporting").asInt() == room.get("pdus").asInt();
        }
        return pdus && site.get("facilityComplete").asBoolean() && !site.get("pue").isNull();
    }
}
