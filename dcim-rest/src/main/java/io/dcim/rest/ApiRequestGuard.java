package io.dcim.rest;

import io.dcim.app.http.RequestOrigin;
import io.dcim.common.error.Message;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every API call passes before anything else, even before it is matched to a resource.
 * A browser that holds Basic credentials for this server sends them with any request another
 * site's page makes; such a page can send "simple" requests (form encodings, {@code text/plain})
 * without asking first. So: a request from another origin is refused (403) unless that origin is
 * configured (DCIM_ALLOWED_ORIGINS); a write must declare a JSON body, or a spreadsheet for the
 * endpoints that take one (415), types a cross-site page can only send after a CORS preflight
 * this server never grants. Authentication ({@link ApiAuthenticationFilter}) comes next.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class ApiRequestGuard implements ContainerRequestFilter {

    /**
     * The endpoints whose body may be a spreadsheet (device import, packing list) or a file (a fabric's
     * ibnetdiscover output, Slurm's sacct output, as application/octet-stream: text/plain is what a cross-site page may send) as well
     * as JSON.
     */
    private static final Pattern UPLOAD_PATHS = Pattern.compile(
            "/imports/devices|/purchase-orders/[^/]+/receipts|/sites/[^/]+/cabling-check|/usage/imports"
                    + "|/sites/[^/]+/power-chain/import");
    static final Set<String> JSON = Set.of("application/json");
    static final Set<String> JSON_OR_SPREADSHEET = Set.of("application/json", "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel",
            "application/octet-stream");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Set<String> allowedOrigins;

    ApiRequestGuard(Set<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        HttpServletRequest request = RestServlet.request(context);
        if (RequestOrigin.isForeign(request, allowedOrigins)) {
            throw new ApiException(403, null, Message.of("rest.origin.foreign"));
        }
        if (WRITES.contains(request.getMethod())) {
            checkContentType(request);
        }
    }

    private static void checkContentType(HttpServletRequest request) {
        String header = request.getContentType();
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (header == null && !hasBody) {
            return;
        }
        String type = header == null ? "" : header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Set<String> accepted = UPLOAD_PATHS.matcher(path).matches() ? JSON_OR_SPREADSHEET : JSON;
        if (!accepted.contains(type)) {
            List<String> types = accepted.stream().sorted().toList();
            throw new ApiException(415, "Content-Type", type.isEmpty() ? Message.of("rest.contentType.missing", types)
                    : Message.of("rest.contentType.wrong", types, type));
        }
    }
}
