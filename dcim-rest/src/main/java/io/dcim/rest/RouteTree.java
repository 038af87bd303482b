package io.dcim.rest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.model.Resource;

/**
 * The resource classes' routes regrouped by their first path segment ({@code gpus}, {@code sites}, …) for Jersey
 * to match. Every resource class sits at {@code /} with its methods' paths below it, so Jersey merged them into
 * one resource and tried its 148 method paths' patterns one after the other on every call: the JFR profile of
 * {@code GET /gpus?size=500} showed that matching at 8 % of the request thread's time (issue #11, the API's
 * cost per call). Grouped, a call is matched against some fifty first segments and then the few paths below
 * its own. The methods, their classes and annotations are those of the classes (the OpenAPI document and the
 * permission check read those); only the tree Jersey routes through changes.
 */
final class RouteTree {

    private RouteTree() {
    }

    static List<Resource> of(Collection<Class<?>> resourceClasses) {
        Map<String, Resource.Builder> groups = new LinkedHashMap<>();
        for (Class<?> type : resourceClasses) {
            Resource root = Resource.from(type);
            if (!root.getResourceMethods().isEmpty() || root.getResourceLocator() != null || !"/".equals(root.getPath())) {
                throw new IllegalArgumentException(type + ": a resource class of the API serves paths below / only");
            }
            for (Resource child : root.getChildResources()) {
                String path = trimSlashes(child.getPath());
                int slash = path.indexOf('/');
                String first = slash < 0 ? path : path.substring(0, slash);
                Resource.Builder group = groups.computeIfAbsent(first, Resource::builder);
                if (slash < 0) {
                    group.mergeWith(child);
                } else {
                    group.addChildResource(Resource.builder(child).path(path.substring(slash + 1)).build());
                }
            }
        }
        return groups.values().stream().map(Resource.Builder::build).toList();
    }

    private static String trimSlashes(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.endsWith("/") && path.length() > start ? path.length() - 1 : path.length();
        return path.substring(start, end);
    }
}
