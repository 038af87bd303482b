package io.dcim.power.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.common.event.EventType;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each destination's message in the shape its owner documents, with signatures checked against values computed
 * independently (Python's hmac module) from the documented recipes.
 */
class RobotFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant SENT = Instant.ofEpochSecond(1_733_560_800L);
    private static final EventContext MOVED = new EventContext(41, 7, EventType.DEVICE_MOVED, "AT-1", 12L, 3L,
            "Ulanqab 1", ZoneId.of("Asia/Shanghai"), Instant.parse("2026-12-07T08:00:00Z"),
            "{\"assetTag\":\"AT-1\",\"from\":\"A01 U10 front\",\"to\":\"A02 U20 front\"}");

    private static OutgoingRequest build(WebhookFormat format, String url, String secret) {
        return WebhookMessages.build(format, URI.create(url), "masked", secret, MOVED,
                WebhookMessages.text(MOVED, Locale.SIMPLIFIED_CHINESE), SENT);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void theTextSaysWhatHappenedInTheRulesLanguageWithTheTimeInTheSitesZone() {
        assertThat(WebhookMessages.text(MOVED, Locale.ENGLISH)).isEqualTo(
                "[dcim] Device moved\nAT-1 moved from A01 U10 front to A02 U20 front\nSite Ulanqab 1, 2026-12-07 16:00:00 CST");
        assertThat(WebhookMessages.text(MOVED, Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "[dcim] 设备已移动\nAT-1 从 A01 U10 front 移至 A02 U20 front\n站点 Ulanqab 1，2026-12-07 16:00:00 CST");
    }

    @Test
    void anAlarmIsWordedFromTheKeyAndArgumentsItWasStoredWith() {
        EventContext raised = new EventContext(1, 1, EventType.ALARM_RAISED, "A01", 5L, null, null, ZoneId.of("UTC"),
                Instant.parse("2026-12-07T08:00:00Z"), "{\"subject\":\"A01\",\"severity\":\"CRITICAL\","
                + "\"messageKey\":\"power.alarm.text.cabinetPower\",\"messageArgs\":[\"A01\",\"19.1\",\"95\",\"20.0\",\"90\"]}");

        assertThat(WebhookMessages.text(raised, Locale.ENGLISH)).isEqualTo("[dcim] Alarm raised\n"
                + "A01: critical. Cabinet A01 draws 19.1 kW, 95 % of its contracted 20.0 kW (critical above 90 %)\n"
                + "Site no site, 2026-12-07 08:00:00 UTC");
    }

    @Test
    void dingTalkGetsATextMessageAndTheSignatureInTheQuery() throws Exception {
        String secret = "SEC000000000000000000000000000000000000000000000000000000000000";
        OutgoingRequest request = build(WebhookFormat.DINGTALK,
                "https://oapi.dingtalk.com/robot/send?access_token=abc", secret);

        assertThat(request.uri().toString()).isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=abc"
                + "&timestamp=1733560800000&sign=738nSVdcT7Ce97VqbPZJolqspqyZ%2FX7N4hQlkE%2Bu9ak%3D");
        JsonNode body = JSON.readTree(request.body());
        assertThat(fields(body)).containsExactly("msgtype", "text");
        assertThat(body.get("msgtype").asText()).isEqualTo("text");
        assertThat(fields(body.get("text"))).containsExactly("content");
        assertThat(body.at("/text/content").asText()).startsWith("[dcim] 设备已移动\n");
        assertThat(request.headers()).isEmpty();
    }

    @Test
    void dingTalkWithoutASecretLeavesTheAddressAsItIs() {
        assertThat(build(WebhookFormat.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=abc", null)
                .uri().toString()).isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=abc");
    }

    @Test
    void weComGetsATextMessageAndNothingElse() throws Exception {
        OutgoingRequest request = build(WebhookFormat.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1", null);

        JsonNode body = JSON.readTree(request.body());
        assertThat(fields(body)).containsExactly("msgtype", "text");
        assertThat(body.get("msgtype").asText()).isEqualTo("text");
        assertThat(fields(body.get("text"))).containsExactly("content");
        assertThat(request.uri().toString()).isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1");
    }

    @Test
    void feishuGetsMsgTypeAndContentWithTimestampAndSignInTheBody() throws Exception {
        OutgoingRequest request = build(WebhookFormat.FEISHU, "https://open.feishu.cn/open-apis/bot/v2/hook/h1",
                "feishu-secret-1");

        JsonNode body = JSON.readTree(request.body());
        assertThat(fields(body)).containsExactly("timestamp", "sign", "msg_type", "content");
        assertThat(body.get("timestamp").asText()).isEqualTo("1733560800");
        assertThat(body.get("sign").asText()).isEqualTo("M0zwyZ9I4u4h85bfTN4bIlkZiSCx+GgKfs2OOST05Yw=");
        assertThat(body.get("msg_type").asText()).isEqualTo("text");
        assertThat(body.at("/content/text").asText()).startsWith("[dcim] 设备已移动\n");
    }

    @Test
    void plainJsonCarriesTheEventAndASignatureOverTimestampAndBody() throws Exception {
        OutgoingRequest request = build(WebhookFormat.JSON, "https://hooks.example/dcim", "whsec");

        JsonNode body = JSON.readTree(request.body());
        assertThat(fields(body)).containsExactly("id", "event", "type", "occurredAt", "subject", "subjectId", "siteId",
                "site", "text", "data");
        assertThat(body.get("type").asText()).isEqualTo("device.moved");
        assertThat(body.get("occurredAt").asText()).isEqualTo("2026-12-07T08:00:00Z");
        assertThat(body.at("/data/to").asText()).isEqualTo("A02 U20 front");
        assertThat(request.headers()).containsEntry("X-Dcim-Timestamp", "1733560800")
                .containsEntry("X-Dcim-Delivery", "41").containsEntry("X-Dcim-Event", "device.moved");
        assertThat(Signatures.json("whsec", 1_733_560_800L, "{\"a\":1}"))
                .isEqualTo("sha256=d4183acd2694a059530cbb7549785c681d11bcb14ba7ee7927cba120d0f06eab");
    }

    @Test
    void aRobotThatAnswersTwoHundredWithAnErrorCodeHasNotTakenTheMessage() {
        assertThat(WebhookSender.judge(WebhookFormat.DINGTALK, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}").delivered()).isTrue();
        assertThat(WebhookSender.judge(WebhookFormat.WECOM, 200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}")
                .delivered()).isFalse();
        assertThat(WebhookSender.judge(WebhookFormat.FEISHU, 200, "{\"code\":19021,\"msg\":\"sign match fail\"}")
                .delivered()).isFalse();
        assertThat(WebhookSender.judge(WebhookFormat.FEISHU, 200, "{\"code\":0,\"msg\":\"success\"}").delivered()).isTrue();
        assertThat(WebhookSender.judge(WebhookFormat.JSON, 204, "").delivered()).isTrue();
        assertThat(WebhookSender.judge(WebhookFormat.JSON, 500, "x".repeat(1_000)).detail()).hasSize(200);
    }

    @Test
    void theBackOffDoublesFromTheFirstDelayUpToItsCap() {
        assertThat(List.of(1, 2, 3, 7, 8, 9).stream().map(DeliveryPolicy.DEFAULT::delayAfter).map(d -> d.toSeconds()))
                .containsExactly(30L, 60L, 120L, 1920L, 3600L, 3600L);
    }
}
