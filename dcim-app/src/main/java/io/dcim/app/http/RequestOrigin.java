package io.dcim.app.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where a browser request comes from, compared with where it goes: the defence against
 * cross-site requests that ride on the browser's session cookie or cached Basic credentials.
 * An {@code Origin} named in the allowed list passes; otherwise Fetch Metadata
 * ({@code Sec-Fetch-Site}) decides, as modern browsers send it on every request; then
 * {@code Origin}; then {@code Referer}. A request with none of them is not from a
 * browser page (curl, scripts) and is not foreign.
 */
public final class RequestOrigin {

    private RequestOrigin() {
    }

    /** True when another site's page caused this request and {@code allowed} does not name that site. */
    public static boolean isForeign(HttpServletRequest request, Set<String> allowed) {
        String own = own(request);
        String origin = request.getHeader("Origin");
        String normalizedOrigin = origin == null ? null : normalize(origin);
        if (normalizedOrigin != null && allowed.contains(normalizedOrigin)) {
            return false;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            // The browser's own judgement, untouched by proxies that rewrite scheme or host.
            // "none": typed, bookmarked or opened by the user; "same-site" is a sibling host, still another origin.
            return !("same-origin".equalsIgnoreCase(fetchSite) || "none".equalsIgnoreCase(fetchSite));
        }
        if (origin != null) {
            return normalizedOrigin == null || !normalizedOrigin.equals(own);
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            String normalized = normalize(referer);
            return normalized == null || !(normalized.equals(own) || allowed.contains(normalized));
        }
        return false;
    }

    /** This server's origin as the client addressed it (the proxy's, when its headers are trusted). */
    static String own(HttpServletRequest request) {
        return origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** scheme://host[:port] of a URL, lower case, default ports left out; null for "null" or garbage. */
    static String normalize(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || ("http".equals(s) && port == 80) || ("https".equals(s) && port == 443);
        String h = host.toLowerCase(Locale.ROOT);
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return s + "://" + h + (defaultPort ? "" : ":" + port);
    }
}
