package io.dcim.rest;

import io.dcim.identity.role.RolePermissions;
import io.dcim.forecasting.capacity.CapacityPlan;
import io.dcim.rest.capacity.CapacityPlanJson;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * The OpenAPI 3 model of the API, read by swagger-core from the resource classes (paths,
 * parameters, bodies, answers), with what holds for every call added in one place: the Basic
 * and token security schemes, the error answers {@code {"error","field","detail"}} each call
 * can give (a path with an id can answer 404, a write 409, a call with a body 415), and the
 * permission a call needs, read from the same {@link Requires} that checks it.
 */
final class OpenApiModel {

    static final String ERROR_SCHEMA = "#/components/schemas/Error";

    private OpenApiModel() {
    }

    static OpenAPI build() {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("dcim JSON API").version("v1").description("Inventory, power and cooling,"
                        + " procurement and capacity planning of co-built GPU clusters. Lists are paged ({\"items\","
                        + " \"page\", \"size\", \"total\"}); bodies are read strictly (an unknown field or a value of the"
                        + " wrong JSON type is refused with 422 naming its JSON path); every refusal is"
                        + " {\"error\", \"field\", \"detail\"}."))
                .addServersItem(new Server().url("/api/v1"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("a console user's username and password"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("dcim_…").description("a personal API token, made on the console's API"
                                        + " tokens page")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
        // the document describes the answers as the API's mapper writes them (StrictJson)
        Json.mapper().addMixIn(CapacityPlan.class, CapacityPlanJson.class);
        SwaggerConfiguration config = new SwaggerConfiguration().openAPI(base).sortOutput(true);
        OpenAPI api = new Reader(config).read(new LinkedHashSet<>(RestApi.RESOURCES));
        ModelConverters.getInstance().readAll(ErrorBody.class).forEach(api.getComponents()::addSchemas);
        errorAnswers().forEach(api.getComponents()::addResponses);
        api.getPaths().forEach(OpenApiModel::addErrors);
        RestApi.RESOURCES.forEach(resource -> describePermissions(api, resource));
        return api;
    }

    /** "Needs the permission …" on every operation whose method {@link Requires} one: the check and its description are one. */
    private static void describePermissions(OpenAPI api, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            Requires requires = method.getAnnotation(Requires.class);
            PathItem.HttpMethod http = httpMethod(method);
            if (requires == null || http == null) {
                continue;
            }
            String path = ("/" + value(resource.getAnnotation(Path.class)) + "/" + value(method.getAnnotation(Path.class)))
                    .replaceAll("/+", "/").replaceAll("(.)/$", "$1");
            Operation operation = api.getPaths().get(path).readOperationsMap().get(http);
            String needs = "Needs the permission " + requires.value().code() + " (held by the roles "
                    + String.join(", ", RolePermissions.holders(requires.value())) + "; 403 otherwise, before the body is read).";
            operation.setDescription(operation.getDescription() == null ? needs : operation.getDescription() + " " + needs);
        }
    }

    private static String value(Path path) {
        return path == null ? "" : path.value();
    }

    private static PathItem.HttpMethod httpMethod(Method method) {
        for (java.lang.annotation.Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return PathItem.HttpMethod.valueOf(http.value());
            }
        }
        return null;
    }

    private static void addErrors(String path, PathItem item) {
        item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses();
            ApiResponse fallback = responses.remove("default");
            if (fallback != null && responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                responses.addApiResponse("200", fallback.description("OK"));
            }
            refer(responses, "400", "BadRequest");
            refer(responses, "401", "Unauthorized");
            refer(responses, "403", "Forbidden");
            if (path.contains("{")) {
                refer(responses, "404", "NotFound");
            }
            if (method != PathItem.HttpMethod.GET) {
                refer(responses, "409", "Conflict");
            }
            if (operation.getRequestBody() != null) {
                refer(responses, "415", "UnsupportedMediaType");
            }
            refer(responses, "422", "Invalid");
            refer(responses, "429", "TooManyRequests");
            refer(responses, "503", "Unavailable");
            sortByCode(operation);
        });
    }

    private static void refer(ApiResponses responses, String code, String name) {
        responses.putIfAbsent(code, new ApiResponse().$ref("#/components/responses/" + name));
    }

    private static void sortByCode(Operation operation) {
        ApiResponses sorted = new ApiResponses();
        operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sorted.addApiResponse(e.getKey(), e.getValue()));
        operation.setResponses(sorted);
    }

    private static Map<String, ApiResponse> errorAnswers() {
        Map<String, ApiResponse> answers = new LinkedHashMap<>();
        answers.put("BadRequest", error("a malformed call: a parameter that does not parse, a required field left out,"
                + " a body that is not JSON"));
        answers.put("Unauthorized", error("no credentials, or wrong ones").addHeaderObject("WWW-Authenticate",
                new Header().description("Basic realm=\"dcim\", Bearer").schema(new StringSchema())));
        answers.put("Forbidden", error("the caller's role does not allow this, or the call came from another site's page"));
        answers.put("NotFound", error("no such object"));
        answers.put("Conflict", error("occupied units, power over contract, a stale version, an illegal lifecycle move,"
                + " a duplicate"));
        answers.put("UnsupportedMediaType", error("the body is not sent as a type this call takes"));
        answers.put("Invalid", error("an invalid value: an unknown field, a value of the wrong JSON type or out of range,"
                + " a control character, a rule of the domain; field names it"));
        answers.put("TooManyRequests", retryLater(error("too many failed sign-ins from this address")));
        answers.put("Unavailable", retryLater(error("the database is unreachable; try again shortly")));
        return answers;
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref(ERROR_SCHEMA))));
    }

    private static ApiResponse retryLater(ApiResponse response) {
        return response.addHeaderObject("Retry-After", new Header().description("seconds to wait")
                .schema(new IntegerSchema()));
    }
}
