package io.dcim.rest;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.text.Fields;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Query and path parameters as the API always read them: trimmed, blank is absent, control
 * characters refused (422 naming the parameter); a value that does not parse is a 400 naming
 * it, a number beyond its type a 422; enum values in any case with {@code -} for {@code _}.
 * Jersey's own conversion would answer 404 and name nothing.
 */
final class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        Function<String, Object> parse;
        if (type == String.class) {
            parse = value -> value;
        } else if (type == Long.class) {
            parse = value -> parseLong(name, value);
        } else if (type == Integer.class) {
            parse = value -> parseInt(name, value);
        } else if (type == Double.class) {
            parse = value -> parseDouble(name, value);
        } else if (type == LocalDate.class) {
            parse = value -> parse(name, value, LocalDate::parse, "rest.value.notDate");
        } else if (type == YearMonth.class) {
            parse = value -> parse(name, value, YearMonth::parse, "rest.value.notMonth");
        } else if (type == Instant.class) {
            parse = value -> parse(name, value, Instant::parse, "rest.value.notInstant");
        } else if (type.isEnum()) {
            parse = value -> constant(name, value, (Class) type);
        } else {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                String text = text(name, value);
                return text == null ? null : (T) parse.apply(text);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }

    /** Trimmed, blank is absent; control characters are refused before trimming, which would drop one at either end. */
    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Fields.refuseControlCharacters(name, value, false).trim();
    }

    static long parseLong(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            if (value.matches("-?\\d+")) {
                throw new InvalidValueException(name, Message.of("rest.value.atMost", String.valueOf(Long.MAX_VALUE)));
            }
            throw ApiException.badRequest(name, Message.of("rest.value.notNumber", Fields.excerpt(value)));
        }
    }

    private static int parseInt(String name, String value) {
        long number = parseLong(name, value);
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new InvalidValueException(name, Message.of("rest.value.atMost", String.valueOf(Integer.MAX_VALUE)));
        }
        return (int) number;
    }

    private static double parseDouble(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, Message.of("rest.value.notNumber", Fields.excerpt(value)));
        }
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String reasonKey) {
        try {
            return parser.apply(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, Message.of(reasonKey, Fields.excerpt(value)));
        }
    }

    private static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name, Message.of("rest.value.notOneOf", Fields.excerpt(value),
                    Arrays.toString(type.getEnumConstants())));
        }
    }
}
