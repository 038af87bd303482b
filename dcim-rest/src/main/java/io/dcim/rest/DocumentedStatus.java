package io.dcim.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Arrays;

/**
 * A method that answers with a body returns it; the status it succeeds with is the one its
 * OpenAPI annotation documents ({@code @ApiResponse(responseCode = "201")}), so the document
 * and the answer cannot drift apart. The status is read from the annotation once, when the
 * method is bound, not on every call. Every answer is {@code Cache-Control: no-store}
 * ({@link NoStore}, which also covers calls refused before they matched a method).
 */
final class DocumentedStatus implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Arrays.stream(resource.getResourceMethod().getAnnotationsByType(ApiResponse.class))
                .map(ApiResponse::responseCode)
                .filter(code -> code.length() == 3 && code.startsWith("2"))
                .findFirst()
                .map(Integer::parseInt)
                .filter(status -> status != 200)
                .ifPresent(status -> context.register(new Success(status)));
    }

    /** A 200 becomes the method's documented success status. */
    private record Success(int status) implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (response.getStatus() == 200) {
                response.setStatus(status);
            }
        }
    }

    /** Answers are about the caller's data at the time of asking: no cache keeps them. */
    static final class NoStore implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
