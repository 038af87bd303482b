package io.dcim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.common.edit.Change;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.HashSet;
import java.util.Set;

/**
 * The top-level fields a JSON body named. A PATCH changes only those: absent keeps the stored
 * value, {@code null} clears it; the request record alone cannot tell the two apart. One place for
 * that rule, so that every PATCH reads its body alike.
 */
public final class SentFields {

    static final String PROPERTY = "dcim.sentFields";

    private final Set<String> names;

    private SentFields(Set<String> names) {
        this.names = names;
    }

    static SentFields of(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return new SentFields(names);
    }

    /** The fields of this call's body (none when it had no JSON body). */
    public static SentFields of(ContainerRequestContext request) {
        Object sent = request.getProperty(PROPERTY);
        return sent instanceof SentFields fields ? fields : new SentFields(Set.of());
    }

    public boolean has(String field) {
        return names.contains(field);
    }

    public boolean hasAny(String... fields) {
        for (String field : fields) {
            if (names.contains(field)) {
                return true;
            }
        }
        return false;
    }

    /** The value sent when the body named the field ({@code null} clears it), else the stored one. */
    public <T> T pick(String field, T sent, T stored) {
        return has(field) ? sent : stored;
    }

    /** A yes/no the body named is yes only when sent as {@code true}; left out, the stored answer stays. */
    public boolean flag(String field, Boolean sent, boolean stored) {
        return has(field) ? Boolean.TRUE.equals(sent) : stored;
    }

    /** A field the body named is a change (to {@code null} clears it); one it left out is none. */
    public <T> Change<T> change(String field, T value) {
        return has(field) ? Change.to(value) : null;
    }
}
