package io.dcim.rest;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.OpenAPI;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;

/**
 * {@code /api/v1/openapi.json} and {@code .yaml}: the OpenAPI document of {@link RestApi#RESOURCES},
 * generated from the code once and served to anyone (it describes the API, it holds no data).
 */
@Hidden
@Path("/")
public class OpenApiDocument {

    private static volatile String json;
    private static volatile String yaml;

    @GET
    @Path("openapi.{format:json|yaml}")
    @Produces({"application/json", "application/yaml"})
    public Response document(@PathParam("format") String format) {
        try {
            if ("yaml".equals(format)) {
                if (yaml == null) {
                    yaml = Yaml.pretty().writeValueAsString(openApi());
                }
                return Response.ok(yaml, "application/yaml").build();
            }
            if (json == null) {
                json = Json.pretty().writeValueAsString(openApi());
            }
            return Response.ok(json, "application/json").build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenAPI openApi() {
        return OpenApiModel.build();
    }
}
