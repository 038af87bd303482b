package io.dcim.web.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A method and a path template such as {@code /devices/{id}}, and the handler answering it. */
record Route(String method, String[] segments, Handler handler) {

    @FunctionalInterface
    interface Handler {
        /** Returns the response body (serialized as JSON), or {@link Response} for another status. */
        Object handle(ApiRequest request);
    }

    /** A body with a status other than 200. */
    record Response(int status, Object body) {
    }

    /** A file streamed to the caller instead of JSON (spreadsheets for finance). */
    record Download(String contentType, String fileName, Writer writer) {

        @FunctionalInterface
        interface Writer {
            void write(java.io.OutputStream out) throws java.io.IOException;
        }
    }

    static Route of(String method, String template, Handler handler) {
        return new Route(method, split(template), handler);
    }

    /** The path variables when the path fits this route. */
    Optional<Map<String, String>> match(String[] path) {
        if (path.length != segments.length) {
            return Optional.empty();
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < path.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                variables.put(segment.substring(1, segment.length() - 1), path[i]);
            } else if (!segment.equals(path[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    static String[] split(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
    }
}
