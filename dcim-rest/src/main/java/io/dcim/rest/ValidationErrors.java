package io.dcim.rest;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Comparator;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bean Validation's refusals of a request record's shape, named by the field's JSON path as
 * every other refusal: a required field left out is a malformed call (400, as it always was),
 * a value out of its bounds an invalid one (422). When several fields fail, the first by path.
 */
final class ValidationErrors implements ExceptionMapper<ValidationException> {

    private static final Logger log = LoggerFactory.getLogger(ValidationErrors.class);

    /** Proxy to the call being answered (one mapper serves every call). */
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ValidationException e) {
        Locale locale = ApiLanguage.of(headers.getHeaderString("Accept-Language"));
        if (!(e instanceof ConstraintViolationException violations) || violations.getConstraintViolations().isEmpty()) {
            // Not a refused value: the constraints themselves could not be checked (a programming error).
            log.error("Bean Validation failed", e);
            return ApiErrors.body(500, Messages.text(Message.of("rest.internal"), locale), null, null).build();
        }
        ConstraintViolation<?> first = violations.getConstraintViolations().stream()
                .min(Comparator.comparing(v -> path(v.getPropertyPath()))).orElseThrow();
        String field = path(first.getPropertyPath());
        boolean required = first.getConstraintDescriptor().getAnnotation() instanceof NotNull;
        Message reason = Message.of("rest.field", field, reason(first));
        return ApiErrors.body(required ? 400 : 422, Messages.text(reason, locale), field, null)
                .header("Content-Language", ApiLanguage.tag(locale)).build();
    }

    /**
     * Our records name their own message by key ({@code message = "{rest.required.series}"}); a
     * {@code @NotNull} without one reads "is required"; any other constraint says what Hibernate
     * Validator says.
     */
    private static Message reason(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{rest.") && template.endsWith("}")) {
            return Message.of(template.substring(1, template.length() - 1));
        }
        if (violation.getConstraintDescriptor().getAnnotation() instanceof NotNull) {
            return Message.of("rest.required");
        }
        return Message.literal(violation.getMessage());
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
