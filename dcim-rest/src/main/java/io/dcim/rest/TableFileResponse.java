package io.dcim.rest;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an endpoint answered with {@link Download#table} (a {@code ?format=} of csv or xlsx) answers, for the
 * OpenAPI document: 200 with the file in either format.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "the file", content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = RawBody.XLSX, schema = @Schema(type = "string", format = "binary"))})
public @interface TableFileResponse {
}
