package io.dcim.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?version=}: the version read, which a delete names as an edit names it in its body (optimistic locking).
 * One declaration for every delete, so that each documents and refuses it alike: missing, 400 naming it.
 */
public final class VersionRead {

    // @JsonProperty: swagger-core finds a bean parameter's fields as Jackson properties; private ones need naming.

    @QueryParam("version")
    @JsonProperty
    @Parameter(description = "the version read", required = true)
    private Integer version;

    /** The version the caller read; a call without it is refused with 400. */
    public int version() {
        return Required.version(version);
    }
}
