package io.dcim.console.power;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import java.util.Locale;

/**
 * An enum constant as people read it, from the bundle of the module that owns the enum
 * ({@code io/dcim/<module>/messages[_zh_CN].properties}, key {@code <module>.<Enum>.<CONSTANT>}): worded once,
 * so the console, the API and the e-mails say "严重" for the same {@code CRITICAL}.
 */
public final class EnumWords {

    private EnumWords() {
    }

    /** The key of {@code value} in {@code module}'s bundle. */
    public static Message of(String module, Enum<?> value) {
        return Message.of(module + "." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** The word for {@code value} in {@code locale}; the constant itself when the bundle has none. */
    public static String word(String module, Enum<?> value, Locale locale) {
        return value == null ? "" : Messages.text(of(module, value), locale);
    }
}
