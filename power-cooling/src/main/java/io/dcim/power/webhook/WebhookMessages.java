package io.dcim.power.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the POST for one event and one destination, in the destination's documented format:
 * <ul>
 * <li>JSON: the event itself ({@code id, event, type, occurredAt, subject, subjectId, siteId, site, text, data}),
 *     with {@code X-Dcim-Timestamp} and {@code X-Dcim-Signature: sha256=<hex>} over {@code timestamp.body};</li>
 * <li>DingTalk: {@code {"msgtype":"text","text":{"content":…}}}, signed in the query
 *     ({@code &timestamp=<ms>&sign=…}) when the robot has a secret;</li>
 * <li>WeCom: {@code {"msgtype":"text","text":{"content":…}}};</li>
 * <li>Feishu: {@code {"msg_type":"text","content":{"text":…}}}, with {@code timestamp} (seconds) and
 *     {@code sign} in the body when the bot has a secret.</li>
 * </ul>
 */
final class WebhookMessages {

    static final String SIGNATURE = "X-Dcim-Signature";
    static final String TIMESTAMP = "X-Dcim-Timestamp";
    static final String EVENT = "X-Dcim-Event";
    static final String DELIVERY = "X-Dcim-Delivery";
    static final String TEST = "test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    private WebhookMessages() {
    }

    /** The request for {@code event}, whose worded {@code text} ({@link #text}) the robots show. */
    static OutgoingRequest build(WebhookFormat format, URI uri, String shownUrl, String secret, EventContext event,
                                 String text, Instant now) {
        return switch (format) {
            case JSON -> json(uri, shownUrl, secret, event, text, now);
            case DINGTALK -> dingTalk(uri, shownUrl, secret, text, now);
            case WECOM -> robot(WebhookFormat.WECOM, uri, shownUrl, textMessage("msgtype", "text", "content", text));
            case FEISHU -> feishu(uri, shownUrl, secret, text, now);
        };
    }

    /** Three lines: what happened, its detail, and where and when (in the site's zone). */
    static String text(EventContext event, Locale locale) {
        JsonNode payload = payload(event.payload());
        String site = event.siteName() != null ? event.siteName() : Messages.text(Message.of("power.webhook.noSite"), locale);
        String when = SHOWN_TIME.format(event.occurredAt().atZone(event.zone()));
        return "[dcim] " + EventTexts.title(event.type(), locale) + "\n"
                + EventTexts.line(event.type(), payload, locale) + "\n"
                + Messages.text(Message.of("power.webhook.footer", site, when), locale);
    }

    private static OutgoingRequest json(URI uri, String shownUrl, String secret, EventContext event, String text,
                                        Instant now) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", event.deliveryId());
        body.put("event", event.eventId());
        body.put("type", typeCode(event));
        body.put("occurredAt", event.occurredAt().toString());
        body.put("subject", event.subject());
        if (event.subjectId() == null) {
            body.putNull("subjectId");
        } else {
            body.put("subjectId", event.subjectId());
        }
        if (event.siteId() == null) {
            body.putNull("siteId");
        } else {
            body.put("siteId", event.siteId());
        }
        body.put("site", event.siteName());
        body.put("text", text);
        body.set("data", payload(event.payload()));
        String json = write(body);
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EVENT, typeCode(event));
        headers.put(DELIVERY, String.valueOf(event.deliveryId()));
        headers.put(TIMESTAMP, String.valueOf(timestamp));
        if (secret != null) {
            headers.put(SIGNATURE, Signatures.json(secret, timestamp, json));
        }
        return new OutgoingRequest(uri, shownUrl, headers, json, WebhookFormat.JSON);
    }

    /** A test message is of no event type: receivers see {@code test}. */
    private static String typeCode(EventContext event) {
        return event.type() == null ? TEST : event.type().code();
    }

    private static OutgoingRequest dingTalk(URI uri, String shownUrl, String secret, String text, Instant now) {
        URI target = uri;
        if (secret != null) {
            long millis = now.toEpochMilli();
            String query = "timestamp=" + millis + "&sign=" + Signatures.dingTalk(secret, millis);
            String raw = uri.toString();
            target = URI.create(raw + (uri.getRawQuery() == null ? "?" : "&") + query);
        }
        return robot(WebhookFormat.DINGTALK, target, shownUrl, textMessage("msgtype", "text", "content", text));
    }

    private static OutgoingRequest feishu(URI uri, String shownUrl, String secret, String text, Instant now) {
        ObjectNode body = JSON.createObjectNode();
        if (secret != null) {
            long seconds = now.getEpochSecond();
            body.put("timestamp", String.valueOf(seconds));
            body.put("sign", Signatures.feishu(secret, seconds));
        }
        body.put("msg_type", "text");
        body.putObject("content").put("text", text);
        return robot(WebhookFormat.FEISHU, uri, shownUrl, body);
    }

    private static ObjectNode textMessage(String typeField, String type, String textField, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put(typeField, type);
        body.putObject(type).put(textField, text);
        return body;
    }

    private static OutgoingRequest robot(WebhookFormat format, URI uri, String shownUrl, ObjectNode body) {
        return new OutgoingRequest(uri, shownUrl, Map.of(), write(body), format);
    }

    static JsonNode payload(String payload) {
        try {
            return JSON.readTree(payload == null || payload.isBlank() ? "{}" : payload);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
