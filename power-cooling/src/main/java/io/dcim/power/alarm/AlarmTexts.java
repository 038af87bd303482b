package io.dcim.power.alarm;

import io.dcim.common.error.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * How an alarm's words are looked up per reader: the severity and the texts by key, so a console in Chinese,
 * an API client asking for English and an e-mail to a Chinese engineer each read the same alarm in their
 * language. An alarm raised before its text had a key reads its stored English text in every language.
 *
 * <p>The message patterns ({@code power.alarm.text.*}) take the severity as {@code {0}} and the stored
 * arguments from {@code {1}} on: the severity is the alarm's own, so it is not stored twice.
 */
public final class AlarmTexts {

    private AlarmTexts() {
    }

    /** The severity as a word ("warning", "警告"). */
    public static Message severity(Severity severity) {
        String key = "power.Severity." + severity.name();
        return Message.of(key);
    }

    /** What the alarm says. */
    public static Message message(AlarmView alarm) {
        return alarm.messageKey() == null ? Message.literal(alarm.message())
                : message(alarm.messageKey(), alarm.messageArgs(), alarm.severity());
    }

    /** Why the alarm cleared; null while it is active. */
    public static Message clearReason(AlarmView alarm) {
        if (alarm.clearKey() == null) {
            return alarm.clearReason() == null ? null : Message.literal(alarm.clearReason());
        }
        return clearReason(alarm.clearKey(), alarm.clearArgs());
    }

    /** What an alarm says from its stored key and arguments (an event's payload carries them so). */
    public static Message message(String key, List<String> args, Severity severity) {
        List<Object> all = new ArrayList<>();
        all.add(severity(severity));
        all.addAll(arguments(args));
        return new Message(key, all, null);
    }

    static Message clearReason(String key, List<String> args) {
        return new Message(key, arguments(args), null);
    }

    private static List<Object> arguments(List<String> args) {
        return args.stream().map(a -> !a.isEmpty() && a.charAt(0) == AlarmText.KEY
                ? (Object) Message.of(a.substring(1)) : a).toList();
    }
}
