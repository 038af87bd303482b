package io.dcim.rest.docs;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * {@code /api/docs}: Swagger UI over {@code /api/v1/openapi.json}, served from the jar (the
 * {@code org.webjars:swagger-ui} files, no CDN). The page and its initializer are files of
 * their own, so the page runs under a CSP that allows this server's scripts and styles only.
 */
public final class ApiDocsServlet extends HttpServlet {

    public static final String MOUNT = "/api/docs";

    /** Scripts and styles from this server only; no inline script; images may be data: URLs (Swagger UI's icons). */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** The webjar's files the page uses, and their types. */
    private static final Map<String, String> WEBJAR_FILES = Map.of(
            "swagger-ui.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript",
            "favicon-32x32.png", "image/png");

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        response.setHeader("Content-Security-Policy", CSP);
        if (file.isEmpty() || file.equals("index.html")) {
            page(request, response);
        } else if (file.equals("init.js")) {
            send(response, "text/javascript", ApiDocsServlet.class.getResourceAsStream("init.js"));
        } else if (WEBJAR_FILES.containsKey(file)) {
            send(response, WEBJAR_FILES.get(file), ApiDocsServlet.class.getClassLoader().getResourceAsStream(WEBJAR + file));
        } else {
            response.sendError(404);
        }
    }

    /** The page, its title and no-script note in the reader's language (English or Simplified Chinese). */
    private static void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle text = ResourceBundle.getBundle(ApiDocsServlet.class.getName(), request.getLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String html;
        try (InputStream in = ApiDocsServlet.class.getResourceAsStream("index.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        html = html.replace("${lang}", text.getLocale().getLanguage().isEmpty() ? "en" : text.getLocale().toLanguageTag())
                .replace("${title}", escape(text.getString("title")))
                .replace("${noscript}", escape(text.getString("noscript")));
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServletResponse response, String type, InputStream content) throws IOException {
        if (content == null) {
            response.sendError(404);
            return;
        }
        try (content) {
            response.setContentType(type);
            response.setHeader("Cache-Control", "max-age=3600");
            content.transferTo(response.getOutputStream());
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The version in the webjar's folder names, from its Maven properties. */
    private static String webjarVersion() {
        try (InputStream in = ApiDocsServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("the swagger-ui webjar is missing from the class path", e));
        }
    }

}
