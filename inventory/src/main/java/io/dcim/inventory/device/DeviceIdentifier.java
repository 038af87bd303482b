package io.dcim.inventory.device;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.text.Fields;

/**
 * The rule for asset tags and serials, the text people scan, search and match against labels.
 * Control characters (a tab or line break pasted from a spreadsheet, NUL, which PostgreSQL
 * cannot store) and invisible characters around the text (a full-width space from a Chinese
 * input method, a no-break space, a zero-width space) are refused rather than kept: "A07" and
 * "A07\u3000" look the same on a label and would both be registered.
 */
final class DeviceIdentifier {

    private DeviceIdentifier() {
    }

    static String of(String field, String value, int maxLength) {
        if (value != null) {
            value.codePoints().filter(DeviceIdentifier::isControl).findFirst().ifPresent(c -> {
                throw new InvalidValueException(field, Message.of("inventory.device.controlCharacter", codeOf(c)));
            });
        }
        String text = Fields.required(field, value, maxLength);
        int first = text.codePointAt(0);
        int last = text.codePointBefore(text.length());
        if (isInvisible(first) || isInvisible(last)) {
            throw new InvalidValueException(field, isInvisible(first)
                    ? Message.of("inventory.device.beginsInvisible", codeOf(first))
                    : Message.of("inventory.device.endsInvisible", codeOf(last)));
        }
        return text;
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL;
    }

    private static boolean isInvisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private static String codeOf(int c) {
        return String.format("U+%04X", c);
    }
}
