package io.dcim.rest;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import java.util.Locale;

/**
 * An HTTP-level refusal: bad syntax (400), no or wrong credentials (401), missing role (403),
 * an unsupported body (415), a body too large (413). The domain's own refusals are
 * {@code DomainException}s. Like those it carries a {@link Message}, worded in the language the
 * caller asked for when the answer is written ({@link ApiErrors}).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String field;
    private final transient Message why;

    public ApiException(int status, String field, Message why) {
        super(why.toString());
        this.status = status;
        this.field = field;
        this.why = why;
    }

    /** 400 naming the parameter or field: "{field}: {reason}". */
    public static ApiException badRequest(String field, Message reason) {
        return new ApiException(400, field, Message.of("rest.field", field, reason));
    }

    /** 413: a body beyond what the endpoint takes. */
    public static ApiException tooLarge(long megabytes) {
        return new ApiException(413, "body", Message.of("rest.body.tooLarge", megabytes));
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    /** The refusal in the caller's language. */
    public String message(Locale locale) {
        return Messages.text(why, locale);
    }
}
