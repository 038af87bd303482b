package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.inventory.device.Face;
import io.dcim.power.PowerModule;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.web.WebTesting;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The webhook API end to end: admin only, addresses and secrets write-only, a test message, a delivery listed. */
class WebhookApiIT {

    @BothDatabases
    void anAdminAddsARuleTestsItAndSeesItsDeliveryWhileOpsIsRefused(Database db) throws Exception {
        Services services = WebTesting.services(db);
        InventoryFixture f = new InventoryFixture(db);
        WebTesting.roleUsers(services, Role.ADMIN, Role.OPS);
        List<String> signatures = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            signatures.add(exchange.getRequestHeaders().getFirst("X-Dcim-Signature"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (ApiClient api = new ApiClient(services);
             PowerModule power = WebTesting.attachPower(services, db)) {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook?token=t0k3n";

            assertThat(api.basic("ops", WebTesting.PASSWORD).get("/webhooks").status()).isEqualTo(403);
            api.basic("admin", WebTesting.PASSWORD);
            ApiClient.Reply unknownEvent = api.send("POST", "/webhooks", "{\"name\":\"feed\",\"format\":\"JSON\","
                    + "\"url\":\"" + url + "\",\"secret\":\"whsec-1\",\"events\":[\"device.teleported\"]}");
            assertThat(unknownEvent.status()).isEqualTo(400);
            assertThat(unknownEvent.json().get("field").asText()).isEqualTo("events");
            ApiClient.Reply unknownField = api.send("POST", "/webhooks", "{\"name\":\"feed\",\"format\":\"JSON\","
                    + "\"url\":\"" + url + "\",\"secret\":\"whsec-1\",\"events\":[\"device.created\"],\"retries\":3}");
            assertThat(unknownField.status()).as("unknown fields are refused").isEqualTo(422);
            assertThat(unknownField.json().get("field").asText()).isEqualTo("retries");

            ApiClient.Reply created = api.send("POST", "/webhooks", "{\"name\":\"feed\",\"format\":\"JSON\","
                    + "\"url\":\"" + url + "\",\"secret\":\"whsec-1\",\"events\":[\"device.created\"],\"language\":\"EN\"}");
            assertThat(created.status()).isEqualTo(201);
            JsonNode rule = created.json();
            assertThat(rule.toString()).doesNotContain("t0k3n", "whsec-1");
            assertThat(rule.get("url").asText()).endsWith("/****");
            assertThat(rule.get("hasSecret").asBoolean()).isTrue();
            assertThat(rule.get("events").get(0).asText()).isEqualTo("device.created");

            JsonNode test = api.send("POST", "/webhooks/" + rule.get("id").asLong() + "/test", "").json();
            assertThat(test.get("delivered").asBoolean()).isTrue();
            assertThat(test.get("status").asInt()).isEqualTo(204);

            f.install(f.h100Server(), f.cabinet("A01"), 10, Face.FRONT);
            power.webhookFacade().dispatch(Caller.system("test"));
            JsonNode deliveries = api.get("/webhooks/deliveries").json();
            assertThat(deliveries.get("total").asInt()).isEqualTo(1);
            assertThat(deliveries.at("/items/0/state").asText()).isEqualTo("DELIVERED");
            assertThat(deliveries.at("/items/0/event").asText()).isEqualTo("device.created");
            assertThat(api.get("/webhooks/deliveries?state=DEAD").json().get("total").asInt()).isZero();
            assertThat(signatures).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("sha256="));

            long delivery = deliveries.at("/items/0/id").asLong();
            assertThat(api.send("POST", "/webhooks/deliveries/" + delivery + "/retry", "").status())
                    .as("a delivered event is not sent twice").isEqualTo(409);
            assertThat(api.basic("ops", WebTesting.PASSWORD).send("POST", "/webhooks/deliveries/" + delivery + "/retry", "")
                    .status()).isEqualTo(403);
        } finally {
            receiver.stop(0);
        }
    }
}
