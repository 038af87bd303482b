// Swagger UI over the API's own document; a file of its own so that the page's CSP allows no inline script.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#swagger-ui",
    // A link #/<tag>/<operationId> scrolls to an operation and opens it: past 150 tags and operations Swagger UI
    // draws only those near the screen, so the browser's Find no longer reaches the others.
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
