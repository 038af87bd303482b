package io.dcim.web.api;
import io.dcim.common.access.Permission;
import io.dcim.common.access.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.text.Fields;
import io.dcim.identity.user.Principal;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * One API call: who makes it, its path variables, query parameters and JSON body. The body is
 * read into a typed request record ({@link #body(Class)}) by the strict {@link StrictJson}
 * mapper; query parameters are parsed here. Every refusal names the field.
 */
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

    /** Writes need their permission; reads need {@link Permission#READ}, which every role grants. */
    public void require(Permission permission) {
        if (!principal.may(permission)) {
            throw ApiException.forbidden("this needs the permission " + permission.code());
        }
    }

    /** This request's caller, for the application layer. */
    public Caller caller() {
        return principal.caller(Locale.ROOT);
    }

    public long pathId(String name) {
        return parseLong(name, pathVariables.get(name));
    }

    /** A query parameter, trimmed; blank is absent. Control characters are refused (422) naming it. */
    public String query(String name) {
        String value = http.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        // Checked before trimming, which would silently drop a NUL at either end.
        return Fields.refuseControlCharacters(name, value, false).trim();
    }

    public Long queryLong(String name) {
        String value = query(name);
        return value == null ? null : parseLong(name, value);
    }

    public Integer queryInt(String name) {
        Long value = queryLong(name);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidValueException(name, "is out of range (at most " + Integer.MAX_VALUE + ")");
        }
        return value.intValue();
    }

    public <E extends Enum<E>> E queryEnum(String name, Class<E> type) {
        String value = query(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name, "'" + Fields.excerpt(value) + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
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

    /**
     * The JSON body as the request record {@code type}: unknown fields, values of the wrong JSON
     * type and control characters answer 422 naming the field's path; text that is not JSON 400.
     */
    public <T> T body(Class<T> type) {
        return read(tree(), type, json);
    }

    /** The same for a body already read as bytes (an endpoint that also takes files). */
    <T> T body(byte[] content, Class<T> type) {
        try {
            body = json.readTree(content);
        } catch (JsonProcessingException e) {
            throw JsonBodyErrors.refusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body(type);
    }

    /** Whether the body names the field at all (PATCH: absent keeps the stored value, null clears it). */
    public boolean has(String field) {
        return tree().has(field);
    }

    private JsonNode tree() {
        if (body == null) {
            try {
                body = json.readTree(http.getInputStream());
            } catch (JsonProcessingException e) {
                throw JsonBodyErrors.refusal(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object");
        }
        return body;
    }

    private static <T> T read(JsonNode tree, Class<T> type, ObjectMapper json) {
        try {
            return json.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw JsonBodyErrors.refusal(e);
        }
    }

    /** A required field of a request record: absent or null is refused naming it. */
    static <T> T required(String field, T value) {
        if (value == null) {
            throw ApiException.badRequest(field, "is required");
        }
        return value;
    }

    private static long parseLong(String field, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException | NullPointerException e) {
            if (value != null && value.matches("-?\\d+")) {
                throw new InvalidValueException(field, "is out of range (at most " + Long.MAX_VALUE + ")");
            }
            throw ApiException.badRequest(field, "'" + Fields.excerpt(value) + "' is not a number");
        }
    }
}
