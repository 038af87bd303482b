package io.dcim.common.text;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trimming, length and character rules for text people type, with messages that name the
 * field. The console's forms, the API and the persistence layer all refuse control characters
 * through {@link #refuseControlCharacters}: PostgreSQL refuses a NUL in text outright (H2
 * stores it), and no control character belongs in a name, a tag or a filter.
 */
public final class Fields {

    /** Beyond this a message is cut: it tells what is wrong, it does not carry the input back. */
    public static final int MESSAGE_LENGTH = 2000;

    /** A quoted value in a message: after a space, bracket or colon, up to a quote before a space or punctuation. */
    private static final Pattern QUOTED = Pattern.compile("(?<=^|[\\s(\\[:=])'([^']*?)'(?=$|[\\s).,;:\\]])");

    /** The longest excerpt of someone's input a message quotes; longer input is cut with an ellipsis. */
    public static final int EXCERPT_LENGTH = 40;

    private Fields() {
    }

    public static String required(String field, String value, int maxLength) {
        String trimmed = optional(field, value, maxLength);
        if (trimmed == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
        return trimmed;
    }

    /**
     * Blank becomes null; too long is refused rather than cut. Control characters other than
     * tab, CR and LF are refused (callers do not say whether the field is one line or several).
     */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        refuseControlCharacters(field, value, true);
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, Message.of("common.field.tooLong", trimmed.length(), maxLength));
        }
        return trimmed;
    }

    /**
     * Refuses a value holding a control character (Unicode category Cc: U+0000–U+001F and
     * U+007F–U+009F), naming the field; {@code multiLine} fields may hold tab, CR and LF.
     */
    public static String refuseControlCharacters(String field, String value, boolean multiLine) {
        int at = controlCharacterIndex(value, multiLine);
        if (at >= 0) {
            throw new InvalidValueException(field, Message.of("common.field.controlCharacter",
                    String.format("U+%04X", (int) value.charAt(at)), at + 1));
        }
        return value;
    }

    /** The index of the first control character not allowed in the value, or -1. */
    public static int controlCharacterIndex(String value, boolean multiLine) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(multiLine && (c == '\t' || c == '\r' || c == '\n'))) {
                return i;
            }
        }
        return -1;
    }

    /** "contains the control character U+0000 at position 5" (positions count from 1, as people do). */
    public static String controlCharacterMessage(String value, int index) {
        return controlCharacter(value, index).toString();
    }

    /** The same refusal by key, for people who read it in their own language. */
    public static Message controlCharacter(String value, int index) {
        return Message.of("common.field.controlCharacter", String.format("U+%04X", (int) value.charAt(index)), index + 1);
    }

    /**
     * Someone's input as a message may quote it: at most {@value #EXCERPT_LENGTH} characters,
     * then an ellipsis, so a 5 MB value is not sent back whole; control characters are shown as
     * {@code U+XXXX}.
     */
    public static String excerpt(String value) {
        if (value == null) {
            return "null";
        }
        String cut = value.length() > EXCERPT_LENGTH ? value.substring(0, EXCERPT_LENGTH) + "…" : value;
        StringBuilder shown = new StringBuilder(cut.length());
        cut.chars().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("U+%04X", c));
            } else {
                shown.append((char) c);
            }
        });
        return shown.toString();
    }

    /**
     * A message as it may be sent back: each quoted value ({@code 'like this'}) cut to an
     * {@link #excerpt}, and the whole at most {@value #MESSAGE_LENGTH} characters. The one place
     * the API passes every refusal through, whichever module wrote it.
     */
    public static String excerptQuoted(String message) {
        if (message == null) {
            return null;
        }
        Matcher quoted = QUOTED.matcher(message);
        StringBuilder capped = new StringBuilder();
        while (quoted.find()) {
            quoted.appendReplacement(capped, Matcher.quoteReplacement("'" + excerpt(quoted.group(1)) + "'"));
        }
        quoted.appendTail(capped);
        return capped.length() > MESSAGE_LENGTH ? capped.substring(0, MESSAGE_LENGTH) + "…" : capped.toString();
    }
}
