package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dcim.common.persistence.Database;
import io.dcim.power.PowerModule;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every refusal of an SNMP target names a field of the API's own request body (not {@code v3User}, not
 * {@code credentials}), so a client can put the message beside what it sent; and a host name the server cannot
 * resolve is refused as {@code host}, since it would otherwise be polled on the server itself.
 */
class SnmpTargetRefusalsApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The fields a target's request body may carry. */
    private static final Set<String> BODY_FIELDS = Set.of("name", "host", "port", "snmpVersion", "community", "user",
            "authProtocol", "authPassphrase", "privProtocol", "privPassphrase", "contextName", "profileId",
            "intervalSeconds", "timeoutMs", "retries", "enabled", "siteId", "roomId", "cabinetId", "role", "feed",
            "breakerRatingA", "version");

    @BothDatabases
    void targetRefusalsNameTheApisOwnFields(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.ADMIN);
        long siteId = services.sites().sites().get(0).getId();
        try (ApiClient api = new ApiClient(services);
             PowerModule power = WebTesting.attachPower(services, db)) {
            api.basic("admin", WebTesting.PASSWORD);

            assertRefused(api, "POST", "/snmp-targets", target(siteId, b -> b.put("host", "pdu-a07.dcim.invalid")),
                    "host", "does not resolve");
            assertRefused(api, "POST", "/snmp-targets", target(siteId, b -> b.put("host", "0.0.0.0")), "host",
                    "wildcard");
            assertRefused(api, "POST", "/snmp-targets", target(siteId, b -> b.remove("community")), "community",
                    "is required");
            assertRefused(api, "POST", "/snmp-targets", target(siteId, b -> {
                b.remove("community");
                b.put("snmpVersion", "v3");
            }), "user", "is required");
            assertRefused(api, "POST", "/snmp-targets", target(siteId, b -> {
                b.remove("community");
                b.put("snmpVersion", "v3").put("user", "x".repeat(33)).put("authProtocol", "none")
                        .put("privProtocol", "none");
            }), "user", "at most 32");

            ApiClient.Reply created = api.send("POST", "/snmp-targets", target(siteId, b -> { }));
            assertThat(created.status()).as("%s", created.json()).isEqualTo(201);
            long id = created.json().get("id").asLong();
            assertRefused(api, "PATCH", "/snmp-targets/" + id, target(siteId, b -> {
                b.remove("community");
                b.put("snmpVersion", "v3").put("version", created.json().get("version").asInt());
            }), "user", "needs new credentials");
        }
    }

    private static void assertRefused(ApiClient api, String method, String path, String body, String field,
                                      String reason) throws Exception {
        ApiClient.Reply reply = api.send(method, path, body);
        assertThat(reply.status()).as("%s %s", method, reply.json()).isEqualTo(422);
        assertThat(reply.json().get("field").asText()).as("%s", reply.json()).isEqualTo(field).isIn(BODY_FIELDS);
        assertThat(reply.json().toString()).contains(reason);
    }

    /** A valid v2c PDU target at 127.0.0.1, changed by {@code change}. */
    private static String target(long siteId, Consumer<ObjectNode> change) {
        ObjectNode body = JSON.createObjectNode().put("name", "pdu-api-1").put("host", "127.0.0.1")
                .put("snmpVersion", "v2c").put("community", "s3cret-community").put("profileId", "apc-rpdu2")
                .put("siteId", siteId).put("role", "pdu");
        change.accept(body);
        return body.toString();
    }
}
