package io.dcim.power.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.event.EventType;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhooks against a real HTTP receiver on loopback: retried with back-off until delivered exactly once, signed so
 * the receiver can check it, dead after the last attempt and delivered by a retry; secrets sealed and masked.
 */
class WebhookDeliveryIT {

    private static final Caller ADMIN = Caller.of("admin-1", Permission.WEBHOOK_MANAGE);
    private static final String SECRET = "whsec-4f1d9a";
    private static final DeliveryPolicy THREE_ATTEMPTS = new DeliveryPolicy(3, Duration.ofSeconds(30),
            Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofSeconds(5), 100, Duration.ofMinutes(2));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final CredentialCipher cipher = CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key());

    private WebhookFacade facade(Database db, WebhookSender sender) {
        WebhookRules rules = new WebhookRules(db, cipher);
        return new WebhookFacade(db, rules, new WebhookDeliveries(db, rules, sender, clock),
                new WebhookDispatcher(db, rules, sender, THREE_ATTEMPTS, clock));
    }

    private static RuleDetails json(String name, String url, EventType... types) {
        return new RuleDetails(name, WebhookFormat.JSON, url, SECRET, Set.of(types), null, WebhookLanguage.EN, true);
    }

    @BothDatabases
    void aReceiverThatFailsTwiceGetsTheEventExactlyOnceMoreWithASignatureItCanCheck(Database db,
            InventoryFixture f) throws Exception {
        try (Receiver receiver = new Receiver(2); WebhookSender sender = new WebhookSender(THREE_ATTEMPTS)) {
            WebhookFacade webhooks = facade(db, sender);
            webhooks.create(ADMIN, json("inventory feed", receiver.url("/hooks/dcim"), EventType.DEVICE_CREATED));
            webhooks.create(ADMIN, json("alarms only", receiver.url("/hooks/alarms"), EventType.ALARM_RAISED));
            Device server = f.install(f.h100Server(), f.cabinet("A01"), 10, Face.FRONT);

            DispatchReport first = webhooks.dispatch(ADMIN);
            DispatchReport tooSoon = webhooks.dispatch(ADMIN);
            clock.advance(Duration.ofSeconds(30));
            DispatchReport second = webhooks.dispatch(ADMIN);
            clock.advance(Duration.ofSeconds(60));
            DispatchReport third = webhooks.dispatch(ADMIN);
            clock.advance(Duration.ofHours(1));
            DispatchReport afterwards = webhooks.dispatch(ADMIN);

            assertThat(first.created()).as("one delivery: the alarm rule does not take device events").isEqualTo(1);
            assertThat(List.of(first.attempted(), tooSoon.attempted(), second.attempted(), third.attempted(),
                    afterwards.attempted())).containsExactly(1, 0, 1, 1, 0);
            assertThat(third.delivered()).isEqualTo(1);
            List<Receiver.Received> got = receiver.received();
            assertThat(got).hasSize(3).allSatisfy(r -> assertThat(r.pathAndQuery()).isEqualTo("/hooks/dcim"));
            assertThat(got).extracting(r -> r.header("X-Dcim-Delivery")).containsOnly(got.get(0).header("X-Dcim-Delivery"));

            Receiver.Received delivered = got.get(2);
            String timestamp = delivered.header("X-Dcim-Timestamp");
            assertThat(timestamp).isEqualTo(String.valueOf(Instant.parse("2026-12-07T08:01:30Z").getEpochSecond()));
            assertThat(delivered.header("X-Dcim-Signature")).isEqualTo("sha256=" + hmacHex(SECRET, timestamp + "." + delivered.body()));
            JsonNode body = new ObjectMapper().readTree(delivered.body());
            assertThat(body.get("type").asText()).isEqualTo("device.created");
            assertThat(body.get("subject").asText()).isEqualTo(server.getAssetTag());
            assertThat(body.get("siteId").asLong()).isEqualTo(f.site.getId());
            assertThat(body.get("site").asText()).isEqualTo("Test IDC");
            assertThat(body.at("/data/location").asText()).isEqualTo("A01 U10 front");
            assertThat(body.get("text").asText()).startsWith("[dcim] Device registered\n" + server.getAssetTag() + " (");

            List<DeliveryView> rows = webhooks.deliveries(ADMIN, DeliveryFilter.ALL, PageRequest.first(10, null)).items();
            assertThat(rows).singleElement().satisfies(d -> {
                assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED);
                assertThat(d.attempts()).isEqualTo(3);
                assertThat(d.lastStatus()).isEqualTo(200);
                assertThat(d.ruleName()).isEqualTo("inventory feed");
            });
        }
    }

    @BothDatabases
    void aReceiverThatNeverAnswersWellLeavesADeadLetterThatARetryDelivers(Database db, InventoryFixture f) {
        try (Receiver receiver = new Receiver(1_000); WebhookSender sender = new WebhookSender(THREE_ATTEMPTS)) {
            WebhookFacade webhooks = facade(db, sender);
            webhooks.create(ADMIN, json("feed", receiver.url("/in"), EventType.DEVICE_CREATED));
            f.install(f.h100Server(), f.cabinet("A01"), 10, Face.FRONT);

            webhooks.dispatch(ADMIN);
            clock.advance(Duration.ofSeconds(30));
            webhooks.dispatch(ADMIN);
            clock.advance(Duration.ofSeconds(60));
            DispatchReport last = webhooks.dispatch(ADMIN);
            clock.advance(Duration.ofHours(2));
            webhooks.dispatch(ADMIN);

            assertThat(last.dead()).isEqualTo(1);
            assertThat(receiver.received()).hasSize(3);
            List<DeliveryView> dead = webhooks.deliveries(ADMIN, new DeliveryFilter(DeliveryState.DEAD, null),
                    PageRequest.first(10, null)).items();
            assertThat(dead).singleElement().satisfies(d -> {
                assertThat(d.attempts()).isEqualTo(3);
                assertThat(d.lastStatus()).isEqualTo(503);
                assertThat(d.lastError()).isEqualTo("busy, try later");
            });

            assertThatThrownBy(() -> webhooks.retry(Caller.of("ops-1", Permission.READ), dead.get(0).id()))
                    .isInstanceOf(NotPermittedException.class);
            receiver.failNext(0);
            webhooks.retry(ADMIN, dead.get(0).id());
            DispatchReport retried = webhooks.dispatch(ADMIN);

            assertThat(retried.delivered()).isEqualTo(1);
            assertThat(receiver.received()).hasSize(4);
            assertThat(webhooks.deliveries(ADMIN, new DeliveryFilter(DeliveryState.DELIVERED, null),
                    PageRequest.first(10, null)).total()).isEqualTo(1);
        }
    }

    @BothDatabases
    void aRobotsTokenAndSecretAreSealedShownMaskedAndUsedOnlyWhenSending(Database db) throws Exception {
        new InventoryFixture(db);
        try (Receiver receiver = new Receiver(0); WebhookSender sender = new WebhookSender(THREE_ATTEMPTS)) {
            WebhookFacade webhooks = facade(db, sender);
            String port = receiver.url("").replaceAll(".*:", "");
            RuleView rule = webhooks.create(ADMIN, new RuleDetails("ops group", WebhookFormat.DINGTALK,
                    receiver.url("/robot/send?access_token=tok-8c1e77"), "SEC5b2d0f", Set.of(EventType.ALARM_RAISED),
                    null, WebhookLanguage.ZH_CN, true));

            assertThat(rule.url()).isEqualTo("http://127.0.0.1:" + port + "/****");
            assertThat(rule.hasSecret()).isTrue();
            assertThat(rule.toString()).doesNotContain("tok-8c1e77", "SEC5b2d0f");
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select url_sealed, secret_sealed from webhook_rule")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("v1:").doesNotContain("tok-8c1e77");
                assertThat(rs.getString(2)).startsWith("v1:").doesNotContain("SEC5b2d0f");
            }

            Outcome accepted = webhooks.test(ADMIN, rule.id());
            receiver.answer(200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
            Outcome refused = webhooks.test(ADMIN, rule.id());

            assertThat(accepted.delivered()).isTrue();
            assertThat(refused.delivered()).isFalse();
            assertThat(refused.detail()).contains("310000");
            Receiver.Received sent = receiver.received().get(0);
            assertThat(sent.pathAndQuery()).startsWith("/robot/send?access_token=tok-8c1e77&timestamp="
                    + clock.instant().toEpochMilli() + "&sign=");
            JsonNode body = new ObjectMapper().readTree(sent.body());
            assertThat(body.get("msgtype").asText()).isEqualTo("text");
            assertThat(body.at("/text/content").asText()).isEqualTo("[dcim] 规则 ops group 的测试消息：向此目标的投递正常。");
        }
    }

    @BothDatabases
    void onlyHttpAndHttpsAddressesAreTakenAndJsonDestinationsNeedASecret(Database db) {
        try (WebhookSender sender = new WebhookSender(THREE_ATTEMPTS)) {
            WebhookFacade webhooks = facade(db, sender);
            for (String url : List.of("file:///etc/passwd", "ftp://files.example/x", "gopher://127.0.0.1:25/",
                    "https://user:pw@example.com/hook")) {
                assertThatThrownBy(() -> webhooks.create(ADMIN, json("x", url, EventType.DEVICE_MOVED)))
                        .as(url).isInstanceOfSatisfying(InvalidValueException.class,
                                e -> assertThat(e.field()).isEqualTo("url"));
            }
            assertThatThrownBy(() -> webhooks.create(ADMIN, new RuleDetails("x", WebhookFormat.JSON,
                    "https://example.com/hook", null, Set.of(EventType.DEVICE_MOVED), null, WebhookLanguage.EN, true)))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("secret"));
            assertThat(webhooks.rules(ADMIN)).isEmpty();
        }
    }

    private static String hmacHex(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }
}
