package io.dcim.rest;

/**
 * An HTTP-level refusal: bad syntax (400), no or wrong credentials (401), missing role (403),
 * an unsupported body (415). The domain's own refusals are {@code DomainException}s.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String field;

    public ApiException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, field, field + ": " + message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, null, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
