package io.dcim.rest;

import io.dcim.common.access.Permission;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.IllegalTransitionException;
import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.DatabaseUnavailableException;
import io.dcim.common.text.Fields;
import io.dcim.identity.role.RolePermissions;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every refusal as today's JSON error {@code {"error","field","detail"}} with its status: the
 * API's own (400, 401 with {@code WWW-Authenticate}, 403, 415, 429 with {@code Retry-After}),
 * the domain's (403 for a missing permission, 404, 409, 422; {@code detail} names the kind), Jersey's (an unknown address,
 * a method the address does not take, a query parameter that does not parse), and an
 * unreachable database (503 with {@code Retry-After}).
 */
final class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    // Proxies to the call being answered: the mapper is one instance for every call, and a
    // ContainerRequestContext injected here would be the first call's for good.
    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uri;
    @Context
    private Request request;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof ParamException param && param.getCause() != null) {
            return toResponse(param.getCause());
        }
        if (e instanceof ApiException api) {
            Locale locale = locale();
            Response.ResponseBuilder response = body(api.status(), api.message(locale), api.field(), null)
                    .header("Content-Language", ApiLanguage.tag(locale));
            if (api.status() == 401) {
                response.header("WWW-Authenticate", "Basic realm=\"dcim\", Bearer");
            }
            if (api instanceof RetryLaterException later) {
                response.header("Retry-After", String.valueOf(later.retryAfterSeconds()));
            }
            return response.build();
        }
        if (e instanceof NotPermittedException refused && refused.missing() != null) {
            Locale locale = locale();
            Permission missing = refused.missing();
            String holders = String.join(", ", RolePermissions.holders(missing));
            return body(403, Messages.text(Message.of("common.access.needs", missing.code(), holders), locale), null,
                    "NotPermittedException").header("Content-Language", ApiLanguage.tag(locale)).build();
        }
        if (e instanceof DomainException domain) {
            Locale locale = locale();
            return body(status(domain), domain.message(locale), domain.field(), domain.getClass().getSimpleName())
                    .header("Content-Language", ApiLanguage.tag(locale)).build();
        }
        if (e instanceof ArithmeticException) {
            return refusal(400, Message.of("rest.value.numberOutOfRange")).build();
        }
        if (e instanceof jakarta.ws.rs.NotFoundException) {
            return refusal(404, Message.of("rest.noSuchResource", uri.getRequestUri().getRawPath())).build();
        }
        if (e instanceof NotAllowedException) {
            return refusal(405, Message.of("rest.methodNotAllowed", request.getMethod())).build();
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return body(web.getResponse().getStatus(), web.getResponse().getStatusInfo().getReasonPhrase(), null, null).build();
        }
        if (DatabaseUnavailableException.isCause(e)) {
            log.warn("API call {} {}: the database is unreachable ({})", request.getMethod(),
                    uri.getRequestUri().getRawPath(), e.toString());
            return refusal(503, Message.of("rest.databaseUnavailable"))
                    .header("Retry-After", String.valueOf(DatabaseUnavailableException.RETRY_AFTER_SECONDS)).build();
        }
        log.error("API call {} {} failed", request.getMethod(), uri.getRequestUri().getRawPath(), e);
        return refusal(500, Message.of("rest.internal")).build();
    }

    /** An answer of the API's own, in the caller's language and saying which it is. */
    private Response.ResponseBuilder refusal(int status, Message why) {
        Locale locale = locale();
        return body(status, Messages.text(why, locale), null, null).header("Content-Language", ApiLanguage.tag(locale));
    }

    /** The language the client asked for (refusals only; everything else the API says is data or English codes). */
    private Locale locale() {
        return ApiLanguage.of(headers.getHeaderString("Accept-Language"));
    }

    static int status(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof NotPermittedException) {
            return 403;
        }
        if (e instanceof ConflictException || e instanceof IllegalTransitionException) {
            return 409;
        }
        return 422;
    }

    /** An error answer; the message quotes at most an excerpt of what was sent. */
    static Response.ResponseBuilder body(int status, String message, String field, Object detail) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(Fields.excerptQuoted(message), field, detail));
    }
}
