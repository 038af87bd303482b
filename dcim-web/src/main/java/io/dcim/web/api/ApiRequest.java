package io.dcim.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.common.paging.PageRequest;
import io.dcim.web.auth.Principal;
import io.dcim.web.auth.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** One API call: who makes it, its path variables, query parameters and JSON body, parsed with field-named errors. */
public final class ApiRequest {

    private static final int DEFAULT_PAGE_SIZE = 50;

    private final HttpServletRequest http;
    private final Principal principal;
    private final Map<String, String> pathVariables;
    private final ObjectMapper json;
    private JsonNode body;

    ApiRequest(HttpServletRequest http, Principal principal, Map<String, String> pathVariables, ObjectMapper json) {
        this.http = http;
        this.principal = principal;
        this.pathVariables = pathVariables;
        this.json = json;
    }

    public Principal principal() {
        return principal;
    }

    /** The caller's address (the proxy's forwarded one when trusted), for the sign-in throttle. */
    public String clientAddress() {
        return http.getRemoteAddr();
    }

    /** Writes need one of these roles; reads need any role, which authentication already ensured. */
    public void requireAny(Role... roles) {
        if (!principal.hasAny(roles)) {
            throw ApiException.forbidden("this needs the role " + String.join(" or ",
                    java.util.Arrays.stream(roles).map(r -> r.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    public long pathId(String name) {
        return parseLong(name, pathVariables.get(name));
    }

    public String query(String name) {
        String value = http.getParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long queryLong(String name) {
        String value = query(name);
        return value == null ? null : parseLong(name, value);
    }

    public Integer queryInt(String name) {
        Long value = queryLong(name);
        return value == null ? null : Math.toIntExact(value);
    }

    public <E extends Enum<E>> E queryEnum(String name, Class<E> type) {
        return toEnum(name, query(name), type);
    }

    /** {@code page} (from 0), {@code size} (default 50) and {@code sort} ({@code -column} for descending). */
    public PageRequest page(String defaultSort) {
        String sort = query("sort");
        boolean descending = sort != null && sort.startsWith("-");
        String column = sort == null ? defaultSort : descending ? sort.substring(1) : sort;
        Integer page = queryInt("page");
        Integer size = queryInt("size");
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_PAGE_SIZE : size, column, !descending);
    }

    /** The body as bytes (an uploaded file), refused when larger than {@code maxBytes}. */
    public byte[] rawBody(int maxBytes) {
        try {
            byte[] content = http.getInputStream().readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                throw new ApiException(413, "body", "is larger than " + maxBytes / (1024 * 1024) + " MB");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode body() {
        if (body == null) {
            try {
                body = json.readTree(http.getInputStream());
            } catch (JsonProcessingException e) {
                throw ApiException.badRequest("body", "is not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (body == null || !body.isObject()) {
                throw ApiException.badRequest("body", "must be a JSON object");
            }
        }
        return body;
    }

    public boolean has(String field) {
        return body().has(field);
    }

    public String text(String field) {
        JsonNode node = body().get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw ApiException.badRequest(field, "must be a string");
        }
        return node.asText();
    }

    public Long number(String field) {
        JsonNode node = body().get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber()) {
            throw ApiException.badRequest(field, "must be a whole number");
        }
        return node.asLong();
    }

    public int requiredInt(String field) {
        Long value = number(field);
        if (value == null) {
            throw ApiException.badRequest(field, "is required");
        }
        return Math.toIntExact(value);
    }

    /** A number (whole or not) from the body, or null when absent. */
    public Double decimal(String field) {
        JsonNode node = body().get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw ApiException.badRequest(field, "must be a number");
        }
        return node.asDouble();
    }

    /** An array of numbers from the body; nulls or text inside are refused with their index. */
    public double[] numbers(String field) {
        JsonNode node = body().get(field);
        if (node == null || !node.isArray()) {
            throw ApiException.badRequest(field, "is required: an array of numbers");
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            if (!node.get(i).isNumber()) {
                throw ApiException.badRequest(field + "[" + i + "]", "must be a number");
            }
            values[i] = node.get(i).asDouble();
        }
        return values;
    }

    /** An ISO date (YYYY-MM-DD) from the body, or null when absent. */
    public java.time.LocalDate date(String field) {
        String value = text(field);
        try {
            return value == null ? null : java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest(field, "'" + value + "' is not a date; use YYYY-MM-DD");
        }
    }

    public <E extends Enum<E>> E bodyEnum(String field, Class<E> type) {
        return toEnum(field, text(field), type);
    }

    private static <E extends Enum<E>> E toEnum(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static long parseLong(String field, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw ApiException.badRequest(field, "'" + value + "' is not a number");
        }
    }
}
