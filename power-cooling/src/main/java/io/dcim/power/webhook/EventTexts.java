package io.dcim.power.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import io.dcim.common.event.EventType;
import io.dcim.power.alarm.AlarmTexts;
import io.dcim.power.alarm.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An event worded for people, in a robot's language: a title ({@code power.webhook.title.<type>}) and a line
 * ({@code power.webhook.text.<type>}) whose arguments are the payload's values named below, in order. An alarm's
 * own text is worded from the key and arguments it was stored with, as the console words it.
 */
final class EventTexts {

    private static final String TITLE = "power.webhook.title.";
    private static final String TEXT = "power.webhook.text.";
    /** Stands for the alarm's worded message among the arguments. */
    private static final String ALARM_MESSAGE = "$alarmMessage";
    private static final String SEVERITY = "$severity";

    private static final Map<EventType, List<String>> ARGUMENTS = new EnumMap<>(Map.of(
            EventType.DEVICE_CREATED, List.of("assetTag", "model", "status", "location"),
            EventType.DEVICE_MOVED, List.of("assetTag", "from", "to"),
            EventType.DEVICE_STATUS_CHANGED, List.of("assetTag", "from", "to", "location"),
            EventType.ALARM_RAISED, List.of("subject", SEVERITY, ALARM_MESSAGE),
            EventType.ALARM_CLEARED, List.of("subject", ALARM_MESSAGE),
            EventType.ALARM_ACKNOWLEDGED, List.of("subject", "by", "comment"),
            EventType.PURCHASE_SUBMITTED, List.of("title", "grossTotal", "currency", "requester"),
            EventType.PURCHASE_APPROVED, List.of("title", "grossTotal", "currency", "by"),
            EventType.PURCHASE_REJECTED, List.of("title", "grossTotal", "currency", "by", "comment"),
            EventType.RESERVATION_EXPIRING, List.of("cabinet", "units", "holder", "expiresOn")));

    private EventTexts() {
    }

    static String title(EventType type, Locale locale) {
        String key = TITLE + type.code();
        return Messages.text(Message.of(key), locale);
    }

    static String line(EventType type, JsonNode payload, Locale locale) {
        List<Object> args = new ArrayList<>();
        for (String name : ARGUMENTS.get(type)) {
            args.add(argument(name, payload));
        }
        String key = TEXT + type.code();
        return Messages.text(new Message(key, args, null), locale);
    }

    private static Object argument(String name, JsonNode payload) {
        if (name.equals(SEVERITY)) {
            return AlarmTexts.severity(severity(payload));
        }
        if (name.equals(ALARM_MESSAGE)) {
            JsonNode key = payload.path("messageKey");
            if (key.isMissingNode() || key.isNull()) {
                return "";
            }
            List<String> stored = new ArrayList<>();
            payload.path("messageArgs").forEach(a -> stored.add(a.asText()));
            return AlarmTexts.message(key.asText(), stored, severity(payload));
        }
        JsonNode value = payload.path(name);
        return value.isMissingNode() || value.isNull() ? "-" : value.asText();
    }

    private static Severity severity(JsonNode payload) {
        try {
            return Severity.valueOf(payload.path("severity").asText());
        } catch (IllegalArgumentException e) {
            return Severity.WARNING;
        }
    }
}
