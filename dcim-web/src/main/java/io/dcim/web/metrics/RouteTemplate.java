package io.dcim.web.metrics;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The route an HTTP request is counted under: its path with every segment that looks like a value (an id, a
 * name with digits, anything encoded or long) as {@code {id}}, at most six segments, static and documentation
 * trees as one route each, and {@code NOT_FOUND} for 404s. Bounded on purpose: a label per raw path would make
 * one Prometheus series per cabinet, device and typo, and would put names people typed into the metrics.
 */
final class RouteTemplate {

    static final String NOT_FOUND = "NOT_FOUND";
    private static final int MAX_SEGMENTS = 6;
    private static final int MAX_WORD = 40;
    /** Trees of files and generated resources: what is under them says nothing about the load. */
    private static final List<String> TREES = List.of("/wicket/resource", "/api/docs", "/webjars");
    /** A fixed word of the application's own paths: letters, dots, dashes and underscores, no digits; or an API version. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z._-]+|v[0-9]{1,2}");

    private RouteTemplate() {
    }

    static String of(String requestUri, int status) {
        if (status == 404) {
            return NOT_FOUND;
        }
        String path = requestUri == null ? "" : requestUri;
        int parameters = path.indexOf(';');
        if (parameters >= 0) {
            path = path.substring(0, parameters);
        }
        for (String tree : TREES) {
            if (path.equals(tree) || path.startsWith(tree + "/")) {
                return tree + "/**";
            }
        }
        StringBuilder route = new StringBuilder();
        int kept = 0;
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (kept == MAX_SEGMENTS) {
                route.append("/**");
                break;
            }
            route.append('/').append(isWord(segment) ? segment : "{id}");
            kept++;
        }
        return route.isEmpty() ? "/" : route.toString();
    }

    private static boolean isWord(String segment) {
        return segment.length() <= MAX_WORD && WORD.matcher(segment).matches();
    }
}
