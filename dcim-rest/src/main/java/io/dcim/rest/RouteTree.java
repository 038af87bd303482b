package io.dcim.rest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.model.Resource;

/**
 * The resource classes' routes regrouped by their first path segment ({@code gpus}, {@code sites}, …) for Jersey
 * to match. The resource classes sit at {@code /} with their methods' paths below, so Jersey merged them into
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
            String base = trimSlashes(root.getPath());
            if (root.getResourceLocator() != null || (base.isEmpty() && !root.getResourceMethods().isEmpty())) {
                throw new IllegalArgumentException(type + ": a resource class of the API serves no call at / itself");
            }
            if (!root.getResourceMethods().isEmpty()) {
                Resource.Builder own = Resource.builder(base);
                root.getResourceMethods().forEach(own::addMethod);
                place(groups, base, own.build());
            }
            for (Resource child : root.getChildResources()) {
                String path = trimSlashes(child.getPath());
                place(groups, base.isEmpty() ? path : base + "/" + path, child);
            }
        }
        return groups.values().stream().map(Resource.Builder::build).toList();
    }

    /** The resource's methods under the group of its path's first segment, at the rest of its path. */
    private static void place(Map<String, Resource.Builder> groups, String path, Resource resource) {
        int slash = path.indexOf('/');
        Resource.Builder group = groups.computeIfAbsent(slash < 0 ? path : path.substring(0, slash), Resource::builder);
        if (slash < 0) {
            group.mergeWith(resource);
        } else {
            group.addChildResource(Resource.builder(resource).path(path.substring(slash + 1)).build());
        }
    }

    private static String trimSlashes(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.endsWith("/") && path.length() > start ? path.length() - 1 : path.length();
        return path.substring(start, end);
    }
}
