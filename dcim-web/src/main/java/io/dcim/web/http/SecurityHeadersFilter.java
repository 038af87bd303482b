package io.dcim.web.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries, pages, API, health and error pages alike: no framing
 * (clickjacking), no content sniffing, no page addresses (with their page ids) sent to other
 * sites. The CSP set here forbids everything; Wicket replaces it on the pages it renders with
 * one that allows the page's own nonce-carrying scripts.
 */
public final class SecurityHeadersFilter implements Filter {

    static final String LOCKED_DOWN_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "same-origin");
            http.setHeader("Content-Security-Policy", LOCKED_DOWN_CSP);
        }
        chain.doFilter(request, response);
    }
}
