package io.dcim.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.dcim.common.error.DomainException;
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
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            return new ApiException(400, "body", "body: is not valid JSON" + where);
        }
        return new ApiException(422, field, field + ": " + reason((JsonMappingException) e));
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

    private static String reason(JsonMappingException e) {
        if (e instanceof StrictJson.Refusal) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            TreeSet<String> known = new TreeSet<>();
            unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            return "is not a field of this request; the fields are " + String.join(", ", known);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StrictJson.Refusal refusal) {
                return refusal.getOriginalMessage();
            }
            if (t instanceof InputCoercionException range) {
                return "is out of range for " + describe(range.getTargetType());
            }
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + Fields.excerpt(String.valueOf(format.getValue())) + "' is not " + describe(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "must be " + describe(mismatch.getTargetType());
        }
        return "is not valid here";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number (at most " + Integer.MAX_VALUE + ")";
        }
        if (type == Long.class || type == long.class || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of another kind";
    }
}
