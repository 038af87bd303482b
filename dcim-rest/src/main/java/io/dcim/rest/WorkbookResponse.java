package io.dcim.rest;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an endpoint that sends a workbook ({@code @Produces(RawBody.XLSX)}, answered with {@link Download#xlsx})
 * answers, for the OpenAPI document: 200 with the XLSX bytes. One declaration, so that every download of a
 * workbook is described alike; swagger reads an {@link ApiResponse} through the annotation that carries it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "the workbook",
        content = @Content(mediaType = RawBody.XLSX, schema = @Schema(type = "string", format = "binary")))
public @interface WorkbookResponse {
}
