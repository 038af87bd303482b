package io.dcim.rest;

import io.dcim.common.audit.Actor;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.IOException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/** Jersey's servlet, leaving each pooled thread as it found it and each kept-alive connection usable. */
final class RestServlet extends ServletContainer {

    private static final long MAX_DISCARDED_BODY = 8L << 20;

    /** The request attribute holding the servlet request itself, for the filters ({@link #request}). */
    private static final String REQUEST = RestServlet.class.getName() + ".request";

    RestServlet(ResourceConfig config) {
        super(config);
    }

    @Override
    public void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute(REQUEST, request);
        try {
            super.service(request, response);
        } finally {
            Actor.clear();
            discardUnreadBody(request);
        }
    }

    /**
     * The servlet request behind a call. Jersey shows the servlet's attributes as the call's
     * properties; an injected {@code @Context HttpServletRequest} is a proxy that looks the
     * request up again on every method called, a measurable share of a small answer's cost.
     */
    static HttpServletRequest request(ContainerRequestContext context) {
        return (HttpServletRequest) context.getProperty(REQUEST);
    }

    /**
     * A call refused before its body was read (401, 403, a bad path) leaves the body in the
     * connection; the server would then close it under a client that is about to reuse it. Reading
     * what is left (up to a limit; beyond it the connection is closed) keeps the connection usable.
     */
    private static void discardUnreadBody(HttpServletRequest request) {
        if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
            return;
        }
        try {
            byte[] buffer = new byte[8192];
            long left = MAX_DISCARDED_BODY;
            int read;
            while (left > 0 && (read = request.getInputStream().read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= read;
            }
        } catch (IOException | IllegalStateException e) {
            // The body was read as characters, or the client went away: nothing is left to keep.
        }
    }
}
