package io.dcim.rest;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The body of an import of a table file ({@link RawBody#table}), for the OpenAPI document: the CSV or XLSX file
 * itself, or its bytes as they are. Swagger reads a method's {@link RequestBody} through the annotation that
 * carries it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RequestBody(required = true, description = "the file itself", content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = RawBody.XLSX, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = "string", format = "binary"))})
public @interface TableUpload {
}
