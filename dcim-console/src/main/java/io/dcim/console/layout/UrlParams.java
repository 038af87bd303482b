package io.dcim.console.layout;

import io.dcim.common.text.Fields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.wicket.Page;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.string.StringValue;

/**
 * Filters live in the URL so that a filtered list can be bookmarked, sent or exported. A
 * value that does not parse is ignored (the list shows unfiltered) rather than failing the page;
 * so is text with a control character, which no name holds and PostgreSQL refuses in a query.
 */
public final class UrlParams {

    private UrlParams() {
    }

    public static Long longParam(PageParameters parameters, String name) {
        StringValue value = parameters.get(name);
        try {
            return value.isEmpty() ? null : value.toLong();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The id a page about one object is given ({@code name}); without one, or not a number, the reader is sent to
     * {@code chooseFrom}, where such objects are chosen.
     */
    public static long idOr(PageParameters parameters, String name, Class<? extends Page> chooseFrom) {
        Long id = longParam(parameters, name);
        if (id == null) {
            throw new RestartResponseException(chooseFrom);
        }
        return id;
    }

    public static Integer intParam(PageParameters parameters, String name) {
        Long value = longParam(parameters, name);
        return value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value.intValue();
    }

    public static <E extends Enum<E>> E enumParam(PageParameters parameters, String name, Class<E> type) {
        String value = text(parameters, name);
        try {
            return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A day written as ISO-8601 ({@code 2024-04-15}), as date inputs send it. */
    public static LocalDate dateParam(PageParameters parameters, String name) {
        String value = text(parameters, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String text(PageParameters parameters, String name) {
        String value = parameters.get(name).toOptionalString();
        return value == null || value.isBlank() || Fields.controlCharacterIndex(value, false) >= 0 ? null : value.trim();
    }

    public static void putIfSet(PageParameters parameters, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parameters.set(name, value instanceof Enum<?> e ? e.name() : value);
        }
    }
}
