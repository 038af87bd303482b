package io.dcim.power.alarm;

import io.dcim.common.error.Message;

/**
 * How an alarm's words are looked up per reader: the severity and the text by key, so a console in Chinese,
 * an API client asking for English and an e-mail to a Chinese engineer each read the same alarm in their
 * language.
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
        return Message.literal(alarm.message());
    }
}
