package io.dcim.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?dryRun=true}: only check the uploaded file, writing nothing. One declaration for every import of a file,
 * so that each documents and reads it alike.
 */
public final class DryRun {

    // @JsonProperty: swagger-core finds a bean parameter's fields as Jackson properties; private ones need naming.

    @QueryParam("dryRun")
    @JsonProperty
    @Parameter(description = "true: only check the file")
    private String dryRun;

    /** Whether the caller asked only to check the file. */
    public boolean asked() {
        return Checked.dryRun(dryRun);
    }
}
