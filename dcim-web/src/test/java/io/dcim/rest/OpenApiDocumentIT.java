package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ExtendedResourceContext;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * The OpenAPI document is served without sign-in as JSON and YAML, a validator reads it without
 * a message, and it lists every route Jersey serves (so a resource method left out of it fails
 * here), each with the error answers and both security schemes.
 */
class OpenApiDocumentIT {

    @BothDatabases
    void theDocumentValidatesAndListsEveryRouteJerseyServes(Database db) throws Exception {
        Services services = WebTesting.services(db);
        try (ApiClient api = new ApiClient(services)) {
            ApiClient.Reply json = api.anonymous().get("/openapi.json");
            assertThat(json.status()).as("the document needs no sign-in").isEqualTo(200);
            OpenAPI document = parse(json.json().toString());

            Set<String> documented = new TreeSet<>();
            document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    documented.add(method + " " + path)));
            Set<String> served = routes(services);
            assertThat(served).as("the API serves the routes it always did").hasSizeGreaterThanOrEqualTo(57);
            assertThat(documented).as("every route Jersey serves is in the document, and nothing else")
                    .isEqualTo(served);

            assertThat(document.getComponents().getSecuritySchemes()).containsOnlyKeys("basic", "token");
            assertThat(document.getComponents().getSecuritySchemes().get("token").getScheme()).isEqualTo("bearer");
            assertThat(document.getComponents().getSchemas().get("Error").getProperties())
                    .containsOnlyKeys("error", "field", "detail");
            PathItem device = document.getPaths().get("/devices/{id}");
            assertThat(device.getPatch().getParameters()).anySatisfy(p -> assertThat(p.getName()).isEqualTo("id"));
            assertThat(device.getPatch().getRequestBody().getContent().get("application/json").getSchema().get$ref())
                    .endsWith("DevicePatch");
            assertThat(device.getPatch().getResponses()).containsKeys("200", "400", "401", "403", "404", "409", "415",
                    "422", "429", "503");
            ApiResponse invalid = document.getComponents().getResponses().get("Invalid");
            assertThat(invalid.getContent().get("application/json").getSchema().get$ref()).endsWith("/Error");
            assertThat(document.getPaths().get("/devices").getPost().getResponses()).containsKey("201");
            assertThat(document.getPaths().get("/devices").getPost().getDescription())
                    .as("the permission comes from the check itself").contains("Needs the permission device.edit")
                    .contains("ops");
            assertThat(document.getPaths().get("/devices").getGet().getDescription()).isNull();
            assertThat(document.getPaths().get("/devices").getGet().getParameters()).extracting(p -> p.getName())
                    .contains("site", "kind", "status", "q", "page", "size", "sort");

            HttpResponse<String> yaml = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(api.base() + "/openapi.yaml")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(yaml.statusCode()).isEqualTo(200);
            assertThat(yaml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
            assertThat(parse(yaml.body()).getPaths().keySet()).isEqualTo(document.getPaths().keySet());
        }
    }

    private static OpenAPI parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);
        assertThat(result.getMessages()).as("the validator's messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
        return result.getOpenAPI();
    }

    /** Every method and path Jersey's own resource model serves, less what is hidden from the document. */
    private static Set<String> routes(Services services) {
        ApplicationHandler handler = new ApplicationHandler(RestApi.config(services, Clock.systemUTC(), Set.of()));
        Set<String> routes = new TreeSet<>();
        for (Resource root : handler.getInjectionManager().getInstance(ExtendedResourceContext.class).getResourceModel()
                .getRootResources()) {
            collect(root, "", routes);
        }
        return routes;
    }

    private static void collect(Resource resource, String parent, Set<String> routes) {
        String path = (parent + "/" + resource.getPath()).replaceAll("/+", "/");
        for (ResourceMethod method : resource.getResourceMethods()) {
            Class<?> handler = method.getInvocable().getHandler().getHandlerClass();
            if (method.isExtended() || handler.isAnnotationPresent(Hidden.class)) {
                continue;
            }
            routes.add(method.getHttpMethod().toUpperCase(Locale.ROOT) + " "
                    + (path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path));
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, routes);
        }
    }
}
