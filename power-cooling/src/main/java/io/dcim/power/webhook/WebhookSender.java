package io.dcim.power.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends webhooks over the JDK's HTTP client: redirects are not followed (a destination cannot bounce the request
 * elsewhere, inside the network), each attempt has its connect and request timeouts, and of an answer only the
 * first bytes are read, to judge it and to keep a short excerpt. A batch goes out side by side.
 */
public final class WebhookSender implements AutoCloseable {

    static final int EXCERPT = 200;
    private static final int READ_AT_MOST = 4096;

    private final DeliveryPolicy policy;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "webhook-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client;

    public WebhookSender(DeliveryPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1: no h2c upgrade offered to plain-http receivers (many take it badly); robots speak it too.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(policy.connectTimeout())
                .executor(executor)
                .build();
    }

    /** Sends every request, side by side; the outcomes in the same order. */
    List<Outcome> sendAll(List<OutgoingRequest> requests) {
        List<CompletableFuture<Outcome>> sent = requests.stream().map(this::sendAsync).toList();
        return sent.stream().map(CompletableFuture::join).toList();
    }

    Outcome send(OutgoingRequest request) {
        return sendAsync(request).join();
    }

    private CompletableFuture<Outcome> sendAsync(OutgoingRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(request.uri())
                .timeout(policy.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "dcim-webhook/1")
                .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        request.headers().forEach(http::header);
        return client.sendAsync(http.build(), HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> judge(request.format(), response.statusCode(), head(response.body())))
                .exceptionally(failure -> Outcome.failed(null, failureText(failure)));
    }

    /** A 2xx is delivered, unless a robot says in its body that it refused the message (errcode / code not 0). */
    static Outcome judge(WebhookFormat format, int status, String body) {
        if (status < 200 || status > 299) {
            return Outcome.failed(status, excerpt(body));
        }
        if (format.isRobot()) {
            JsonNode answer = WebhookMessages.payload(body);
            JsonNode code = answer.has("errcode") ? answer.get("errcode")
                    : answer.has("code") ? answer.get("code") : answer.get("StatusCode");
            if (code != null && code.asLong(-1) != 0) {
                return Outcome.failed(status, excerpt(body));
            }
        }
        return Outcome.delivered(status);
    }

    private static String head(InputStream body) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(READ_AT_MOST);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The failure's kind and message, never the address (some messages quote it, with a robot's token). */
    private static String failureText(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause != cause.getCause()) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage().replaceAll("\\S+://\\S+", "****");
        return excerpt(cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
    }

    /** The first characters, on one line, without control characters (they are refused in stored text). */
    static String excerpt(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String line = text.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
