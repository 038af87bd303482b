package io.dcim.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;

/**
 * A method that answers with a body returns it; the status it succeeds with is the one its
 * OpenAPI annotation documents ({@code @ApiResponse(responseCode = "201")}), so the document
 * and the answer cannot drift apart. Every answer is {@code Cache-Control: no-store}.
 */
final class DocumentedStatus implements ContainerResponseFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || response.getStatus() != 200) {
            return;
        }
        for (ApiResponse documented : method.getAnnotationsByType(ApiResponse.class)) {
            String code = documented.responseCode();
            if (code.length() == 3 && code.startsWith("2")) {
                response.setStatus(Integer.parseInt(code));
                return;
            }
        }
    }
}
