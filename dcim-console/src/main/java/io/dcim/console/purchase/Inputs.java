package io.dcim.console.purchase;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Typed text from forms and query strings, refused with the field's name and what was expected,
 * by key ({@code common.input.*}) so the page says it in the viewer's language.
 */
public final class Inputs {

    private Inputs() {
    }

    /** A month (YYYY-MM), or null when blank. */
    public static YearMonth month(String field, String text) {
        return parsed(field, text, YearMonth::parse, "common.input.notMonth");
    }

    public static YearMonth requiredMonth(String field, String text) {
        return required(field, month(field, text), "common.input.requiredMonth");
    }

    /** A date (YYYY-MM-DD), or null when blank. */
    public static LocalDate date(String field, String text) {
        return parsed(field, text, LocalDate::parse, "common.input.notDate");
    }

    public static LocalDate requiredDate(String field, String text) {
        return required(field, date(field, text), "common.input.requiredDate");
    }

    /** An amount in CNY as typed, thousands separators allowed; null when blank. */
    public static BigDecimal amount(String field, String text) {
        return parsed(field, text, typed -> new BigDecimal(typed.replace(",", "")), "common.input.notAmount");
    }

    /** A whole number, or null when blank. */
    public static Integer whole(String field, String text) {
        return parsed(field, text, Integer::valueOf, "common.input.notWhole");
    }

    /** The text, trimmed, read by {@code parse}; null when blank; refused by {@code notKey} when it does not parse. */
    private static <T> T parsed(String field, String text, Function<String, T> parse, String notKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.trim());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidValueException(field, Message.of(notKey, text.trim()));
        }
    }

    private static <T> T required(String field, T value, String requiredKey) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of(requiredKey));
        }
        return value;
    }
}
