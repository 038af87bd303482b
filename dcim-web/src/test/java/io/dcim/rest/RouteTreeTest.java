package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.Test;

/** The routes Jersey matches ({@link RouteTree}) are the resource classes' own, regrouped by their first segment. */
class RouteTreeTest {

    @Test
    void everyResourceMethodIsRoutedOnceUnderItsOwnPathAndMethod() {
        List<String> declared = new ArrayList<>();
        for (Class<?> type : RestApi.RESOURCES) {
            collect(Resource.from(type), "", declared);
        }
        List<String> routed = new ArrayList<>();
        List<Resource> tree = RouteTree.of(RestApi.RESOURCES);
        tree.forEach(group -> collect(group, "", routed));

        assertThat(declared).hasSizeGreaterThan(140);
        assertThat(routed).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(tree).as("one group per first segment, each matched by a literal prefix")
                .allSatisfy(group -> assertThat(group.getPath()).doesNotContain("/").doesNotContain("{"))
                .hasSizeLessThan(declared.size() / 2);
    }

    @Test
    void aClassServingTheApiRootItselfIsRefusedRatherThanRoutedWrongly() {
        assertThatThrownBy(() -> RouteTree.of(List.of(OpenApiDocument.class, RootResource.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RootResource");
    }

    @jakarta.ws.rs.Path("/")
    static final class RootResource {
        @jakarta.ws.rs.GET
        public String all() {
            return "";
        }
    }

    /** "GET /gpus/{id} -> InventoryResource.gpu" for each method below the resource. */
    private static void collect(Resource resource, String prefix, List<String> into) {
        String path = join(prefix, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            Method java = method.getInvocable().getDefinitionMethod();
            into.add(method.getHttpMethod() + " " + path + " -> " + java.getDeclaringClass().getSimpleName() + "."
                    + java.getName());
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, into);
        }
    }

    private static String join(String prefix, String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            return prefix;
        }
        return prefix + "/" + trimmed;
    }
}
