package io.dcim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.HashSet;
import java.util.Set;

/**
 * The top-level fields a JSON body named. A PATCH changes only those: absent keeps the stored
 * value, {@code null} clears it; the request record alone cannot tell the two apart.
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
}
