package io.dcim.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.Message;
import io.dcim.common.text.Fields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * Jackson's refusals of a request body as the API's own errors: syntax that is not JSON is a
 * 400; a body that is JSON but does not fit the request record is a 422 whose {@code field} is
 * the JSON path ({@code host}, {@code lines[2].quantity}) and whose message never repeats the
 * library's wording nor more than an excerpt of the input.
 */
final class JsonBodyErrors {

    private JsonBodyErrors() {
    }

    static RuntimeException refusal(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() instanceof DomainException domain) {
            return domain;
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        if (field.isEmpty()) {
            return new ApiException(400, "body", e.getLocation() == null ? Message.of("rest.body.notJson")
                    : Message.of("rest.body.notJsonAt", e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
        }
        return new ApiException(422, field, Message.of("rest.field", field, reason((JsonMappingException) e)));
    }

    /** The JSON path of the failing value as people write it: {@code units[0].gpuSerials[1]}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Message reason(JsonMappingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StrictJson.Refusal refusal) {
                return refusal.why();
            }
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            TreeSet<String> known = new TreeSet<>();
            unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            return Message.of("rest.body.unknownField", String.join(", ", known));
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputCoercionException range) {
                return Message.of("rest.value.outOfRangeFor", describe(range.getTargetType()));
            }
        }
        if (e instanceof InvalidFormatException format) {
            return Message.of("rest.value.isNot", Fields.excerpt(String.valueOf(format.getValue())),
                    describe(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return Message.of("rest.value.mustBe", describe(mismatch.getTargetType()));
        }
        return Message.of("rest.value.notValidHere");
    }

    /** What a value of the type looks like, in words: "a whole number", "一个整数". */
    private static Message describe(Class<?> type) {
        if (type == null) {
            return Message.of("rest.type.other");
        }
        if (type == String.class) {
            return Message.of("rest.type.string");
        }
        if (type == Integer.class || type == int.class) {
            return Message.of("rest.type.int", String.valueOf(Integer.MAX_VALUE));
        }
        if (type == Long.class || type == long.class || type == Short.class || type == short.class) {
            return Message.of("rest.type.long");
        }
        if (type == Double.class || type == double.class || type == Float.class || type == BigDecimal.class) {
            return Message.of("rest.type.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Message.of("rest.type.boolean");
        }
        if (type == LocalDate.class) {
            return Message.of("rest.type.date");
        }
        if (type.isEnum()) {
            return Message.of("rest.type.oneOf", Arrays.toString(type.getEnumConstants()));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return Message.of("rest.type.array");
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return Message.of("rest.type.object");
        }
        return Message.of("rest.type.other");
    }
}
