package io.dcim.web.collector;

import io.dcim.power.remote.BatchCodec;
import io.dcim.power.remote.CentralLink;
import io.dcim.power.remote.CollectorTarget;
import io.dcim.power.remote.Heartbeat;
import io.dcim.power.remote.PushAnswer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A collector's link to the central API over HTTP(S), with the JDK's client and the collector's token as a bearer
 * token. No answer, a 5xx or a 429 is the link being down (try later, the batch waits in the buffer); another 4xx is
 * a refusal. The token and the targets' credentials are never logged: errors name the call and the status only.
 */
public final class HttpCentralLink implements CentralLink {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_ERROR_TEXT = 300;

    private final URI api;
    private final String authorization;
    private final HttpClient http;

    public HttpCentralLink(URI central, String token) {
        this.api = URI.create(central.toString() + "/api/v1/collectors/self/");
        this.authorization = "Bearer " + token;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public List<CollectorTarget> targets() throws LinkDown, Refused {
        return BatchCodec.targets(send("targets", HttpRequest.newBuilder(api.resolve("targets")).GET()));
    }

    @Override
    public PushAnswer push(byte[] batch) throws LinkDown, Refused {
        return BatchCodec.answer(send("readings", HttpRequest.newBuilder(api.resolve("readings"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(batch))));
    }

    @Override
    public void heartbeat(Heartbeat beat) throws LinkDown, Refused {
        send("heartbeat", HttpRequest.newBuilder(api.resolve("heartbeat"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(BatchCodec.write(beat))));
    }

    private byte[] send(String call, HttpRequest.Builder request) throws LinkDown, Refused {
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(request.timeout(TIMEOUT).header("Authorization", authorization)
                    .header("Content-Type", "application/json").header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new LinkDown(call + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkDown(call + ": interrupted", e);
        }
        int status = answer.statusCode();
        if (status >= 200 && status < 300) {
            return answer.body();
        }
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        text = text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) : text;
        if (status >= 500 || status == 429 || status == 408) {
            throw new LinkDown(call + ": HTTP " + status, null);
        }
        throw new Refused(status, call + ": HTTP " + status + " " + text);
    }
}
