package io.dcim.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bean Validation's refusals of a request record's shape, named by the field's JSON path as
 * every other refusal: a required field left out is a malformed call (400, as it always was),
 * a value out of its bounds an invalid one (422). When several fields fail, the first by path.
 */
final class ValidationErrors implements ExceptionMapper<ValidationException> {

    private static final String DEFAULT_NOT_NULL = "{jakarta.validation.constraints.NotNull.message}";

    private static final Logger log = LoggerFactory.getLogger(ValidationErrors.class);

    @Override
    public Response toResponse(ValidationException e) {
        if (!(e instanceof ConstraintViolationException violations) || violations.getConstraintViolations().isEmpty()) {
            // Not a refused value: the constraints themselves could not be checked (a programming error).
            log.error("Bean Validation failed", e);
            return ApiErrors.body(500, "internal error; see the server log", null, null).build();
        }
        ConstraintViolation<?> first = violations.getConstraintViolations().stream()
                .min(Comparator.comparing(v -> path(v.getPropertyPath()))).orElseThrow();
        String field = path(first.getPropertyPath());
        boolean required = first.getConstraintDescriptor().getAnnotation() instanceof NotNull;
        String reason = required && DEFAULT_NOT_NULL.equals(first.getMessageTemplate()) ? "is required" : first.getMessage();
        return ApiErrors.body(required ? 400 : 422, field + ": " + reason, field, null).build();
    }

    /**
     * {@code lines[1].quantity}: the nodes after the method and its parameter; the body
     * parameter itself is {@code body}.
     */
    static String path(Path path) {
        StringBuilder json = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getName() == null) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                json.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                json.append('[').append(node.getKey()).append(']');
            }
            json.append(json.isEmpty() ? "" : ".").append(node.getName());
        }
        return json.isEmpty() ? "body" : json.toString();
    }
}
