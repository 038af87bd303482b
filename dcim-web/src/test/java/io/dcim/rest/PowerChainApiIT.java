package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.power.PowerModule;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.demo.PowerDemo;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The failover and single-points-of-failure calls over HTTP on the small demo's chain, measured by a sweep. */
class PowerChainApiIT {

    private static final String P = WebTesting.PASSWORD;

    @BothDatabases
    void theSinglePointsOfFailureNameTheDemosBusyCabinetsFeedsAndAFailoverSaysByHowMuch(Database db)
            throws Exception {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.ADMIN, Role.ANALYST);
        try (ApiClient api = new ApiClient(services);
             PowerModule power = PowerModule.start(db, Clock.systemUTC(),
                     PowerModule.Config.defaults(CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key())));
             PowerDemo demo = PowerDemo.start(db, power.targets(), power.profiles(),
                     DemoOptions.DEFAULT.withoutHistory())) {
            services.attachPower(power);
            power.services().sweepAndEvaluate(Instant.now());
            power.services().sweepAndEvaluate(Instant.now());
            long siteId = services.sites().sites().get(0).getId();
            api.basic("analyst", P);

            JsonNode all = api.get("/sites/" + siteId + "/single-points-of-failure").json();
            assertThat(all).hasSize(4 + 20 + 400);
            List<JsonNode> overloading = new ArrayList<>();
            all.forEach(p -> {
                if (p.at("/element/kind").asText().equals("FEED") && p.get("overloadedCircuits").asInt() > 0) {
                    overloading.add(p);
                }
            });
            assertThat(overloading).hasSize(2);
            long feedId = overloading.get(0).at("/element/id").asLong();

            ApiClient.Reply failover = api.send("POST", "/sites/" + siteId + "/failover",
                    "{\"kind\":\"FEED\",\"id\":" + feedId + "}");
            assertThat(failover.status()).isEqualTo(200);
            JsonNode over = failover.json().at("/overloaded/0");
            assertThat(over.get("deratedA").asDouble()).isEqualTo(12.8);
            assertThat(over.get("overA").asDouble()).isPositive();
            assertThat(failover.json().get("lostRedundancy")).hasSize(1);

            long cabinetId = over.get("cabinetId").asLong();
            JsonNode feeds = api.get("/cabinets/" + cabinetId + "/feeds").json();
            assertThat(feeds).hasSize(2);
            assertThat(feeds.get(0).get("breakerRatingA").asInt()).isEqualTo(16);
            assertThat(api.get("/sites/" + siteId + "/stranded-power").json()).hasSize(200);

            ApiClient.Reply unknownFeed = api.send("POST", "/sites/" + siteId + "/failover",
                    "{\"kind\":\"FEED\",\"id\":999999}");
            assertThat(unknownFeed.status()).isEqualTo(404);
            ApiClient.Reply unknownField = api.send("POST", "/sites/" + siteId + "/failover",
                    "{\"kind\":\"FEED\",\"id\":" + feedId + ",\"colour\":\"red\"}");
            assertThat(unknownField.status()).isEqualTo(422);
            assertThat(unknownField.json().get("field").asText()).isEqualTo("colour");
            assertThat(api.send("POST", "/power-sources", "{\"siteId\":" + siteId
                    + ",\"name\":\"UPS-C\",\"kind\":\"UPS\",\"capacityW\":450000}").status()).isEqualTo(403);

            api.basic("admin", P); // power.configure
            ApiClient.Reply added = api.send("POST", "/power-sources", "{\"siteId\":" + siteId
                    + ",\"name\":\"UPS-C\",\"kind\":\"UPS\",\"capacityW\":450000}");
            assertThat(added.status()).isEqualTo(201);
            ApiClient.Reply taken = api.send("POST", "/power-sources", "{\"siteId\":" + siteId
                    + ",\"name\":\"UPS-C\",\"kind\":\"UPS\",\"capacityW\":450000}");
            assertThat(taken.status()).isEqualTo(409);
            assertThat(taken.json().get("field").asText()).isEqualTo("name");

            JsonNode document = api.anonymous().get("/openapi.json").json();
            assertThat(document.at("/paths").has("/sites/{id}/failover")).isTrue();
            assertThat(document.at("/paths").has("/sites/{id}/single-points-of-failure")).isTrue();
        }
    }
}
