package io.dcim.power.redfish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.power.collect.PollOutcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLException;

/**
 * The HTTP exchanges with BMCs, each through the collector's {@link RequestLimit}, with the endpoint's timeout
 * per request and its retries on timeouts; what went wrong becomes a {@link RedfishFailure} with its outcome.
 * Bodies are parsed here, so nothing above sees HTTP.
 */
final class BmcHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final RequestLimit limit;
    private final Executor senders;

    /**
     * @param senders the threads that wait for answers, one per request in flight; see {@link #exchange}
     */
    BmcHttp(RequestLimit limit, Executor senders) {
        this.limit = limit;
        this.senders = senders;
    }

    /** A resource of the BMC, as a JSON tree (discovery: once per BMC). */
    CompletableFuture<JsonNode> get(HttpClient client, URI uri, BmcAccess access, Duration timeout, int retries) {
        return get(client, uri, access, timeout, retries, BmcHttp::tree);
    }

    /** A resource of the BMC, its body (status 200) read by {@code reader}; other statuses fail as they mean. */
    <T> CompletableFuture<T> get(HttpClient client, URI uri, BmcAccess access, Duration timeout, int retries,
                                 BodyReader<T> reader) {
        HttpRequest request = access.sign(HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/json").header("OData-Version", "4.0")).build();
        return send(client, request, retries).thenApply(response -> reader.read(ok(response, uri, access), uri));
    }

    /** Turns a body into what the caller wants; throws {@link RedfishFailure} for an answer it cannot use. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(byte[] body, URI uri);
    }

    /** Creates a session: the token and where it lives, or Basic access when the service has no sessions. */
    CompletableFuture<BmcAccess> login(HttpClient client, URI serviceRoot, RedfishCredentials credentials,
                                       Duration timeout, int retries) {
        URI sessions = serviceRoot.resolve("/redfish/v1/SessionService/Sessions");
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(Map.of("UserName", credentials.user(),
                    "Password", credentials.password().reveal()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a login", e);
        }
        HttpRequest request = HttpRequest.newBuilder(sessions).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("OData-Version", "4.0").build();
        return send(client, request, retries).thenApply(response -> {
            int status = response.statusCode();
            if (status == 200 || status == 201) {
                String token = response.headers().firstValue("X-Auth-Token").orElse(null);
                if (token == null || token.isBlank()) {
                    throw new RedfishFailure(PollOutcome.WRONG_TYPE, "bad answer: a session without X-Auth-Token");
                }
                String location = response.headers().firstValue("Location").orElse(null);
                return BmcAccess.session(token, location == null ? null : serviceRoot.resolve(location).toString());
            }
            if (status == 401 || status == 403) {
                throw new RedfishFailure(PollOutcome.AUTH_FAILURE, "the BMC refused user '" + credentials.user()
                        + "' (HTTP " + status + ")");
            }
            if (status == 404 || status == 405 || status == 501) {
                return BmcAccess.basic(credentials); // no session service: every request carries the account
            }
            throw new RedfishFailure(PollOutcome.UNREACHABLE, "login answered HTTP " + status);
        });
    }

    /** Ends a session, best effort: BMCs hold few sessions, and one left open takes a slot until it times out. */
    CompletableFuture<Void> logout(HttpClient client, BmcAccess access, Duration timeout) {
        if (!access.isSession() || access.sessionUri() == null) {
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = access.sign(HttpRequest.newBuilder(URI.create(access.sessionUri())).timeout(timeout)
                .DELETE()).build();
        return send(client, request, 0).handle((response, error) -> null);
    }

    private CompletableFuture<HttpResponse<byte[]>> send(HttpClient client, HttpRequest request, int retries) {
        return limit.submit(() -> CompletableFuture.supplyAsync(() -> exchange(client, request), senders))
                .handle((response, error) -> {
                    if (error == null) {
                        return CompletableFuture.completedFuture(response);
                    }
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    if (cause instanceof HttpTimeoutException && retries > 0) {
                        return send(client, request, retries - 1);
                    }
                    throw failure(cause, request.uri());
                }).thenCompose(f -> f);
    }

    /**
     * One exchange, waited for on a sender thread. Not {@code sendAsync}: in JDK 17 it hands every answer to
     * {@code CompletableFuture}'s default executor, which on a host of 2 CPUs or fewer (common pool parallelism 1)
     * starts a new thread per answer, which cost more CPU than the rest of the request (measured: 3.5 s of
     * process CPU for 2,000 requests, against 1.0-1.7 s with a reused thread). A sender thread kept alive is
     * cheaper than a thread started per answer, and the answer is read on the thread that waited for it.
     */
    private static HttpResponse<byte[]> exchange(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    private static JsonNode tree(byte[] body, URI uri) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new RedfishFailure(PollOutcome.WRONG_TYPE, "bad answer: " + uri.getPath()
                        + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new RedfishFailure(PollOutcome.WRONG_TYPE, "bad answer: " + uri.getPath() + " is not JSON");
        }
    }

    /** The body of a 200; any other status as the failure it means for the poll. */
    private static byte[] ok(HttpResponse<byte[]> response, URI uri, BmcAccess access) {
        int status = response.statusCode();
        if (status == 200) {
            return response.body();
        }
        if (status == 401 || status == 403) {
            String detail = "the BMC refused the " + (access.isSession() ? "session" : "account") + " (HTTP "
                    + status + " for " + uri.getPath() + ")";
            throw access.isSession() ? RedfishFailure.sessionRefused(detail)
                    : new RedfishFailure(PollOutcome.AUTH_FAILURE, detail);
        }
        if (status == 404) {
            throw new RedfishFailure(PollOutcome.NO_SUCH_OBJECT, "the BMC has no " + uri.getPath());
        }
        if ((status == 400 || status == 501) && uri.getRawQuery() != null) {
            throw RedfishFailure.queryRefused("the BMC refused the query on " + uri.getPath() + " (HTTP " + status
                    + ")");
        }
        throw new RedfishFailure(PollOutcome.UNREACHABLE, "HTTP " + status + " for " + uri.getPath());
    }

    /** What a failed exchange means for the poll, worded without the request's headers. */
    static RedfishFailure failure(Throwable cause, URI uri) {
        if (cause instanceof RedfishFailure f) {
            return f;
        }
        String where = uri.getHost() + ":" + uri.getPort();
        if (cause instanceof HttpTimeoutException) {
            return new RedfishFailure(PollOutcome.TIMEOUT, "no answer from " + where + " in time");
        }
        if (cause instanceof SSLException || cause.getCause() instanceof SSLException) {
            return new RedfishFailure(PollOutcome.UNREACHABLE, "TLS with " + where + " failed: its certificate is"
                    + " not trusted (a self-signed BMC certificate needs 'trust self-signed' on the endpoint)");
        }
        if (cause instanceof ConnectException) {
            return new RedfishFailure(PollOutcome.UNREACHABLE, "cannot connect to " + where);
        }
        // The client's messages name the failure (a connection closed, a header it could not parse), never a header.
        return new RedfishFailure(PollOutcome.UNREACHABLE, "exchange with " + where + " failed: "
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
    }
}
