package io.dcim.console.purchase;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Typed text from forms and query strings, refused with the field's name and what was expected,
 * by key ({@code common.input.*}) so the page says it in the viewer's language.
 */
public final class Inputs {

    private Inputs() {
    }

    /** A month (YYYY-MM), or null when blank. */
    public static YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, Message.of("common.input.notMonth", text.trim()));
        }
    }

    public static YearMonth requiredMonth(String field, String text) {
        YearMonth month = month(field, text);
        if (month == null) {
            throw new InvalidValueException(field, Message.of("common.input.requiredMonth"));
        }
        return month;
    }

    /** A date (YYYY-MM-DD), or null when blank. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, Message.of("common.input.notDate", text.trim()));
        }
    }

    public static LocalDate requiredDate(String field, String text) {
        LocalDate date = date(field, text);
        if (date == null) {
            throw new InvalidValueException(field, Message.of("common.input.requiredDate"));
        }
        return date;
    }

    /** An amount in CNY as typed, thousands separators allowed; null when blank. */
    public static BigDecimal amount(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, Message.of("common.input.notAmount", text.trim()));
        }
    }

    /** A whole number, or null when blank. */
    public static Integer whole(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, Message.of("common.input.notWhole", text.trim()));
        }
    }
}
