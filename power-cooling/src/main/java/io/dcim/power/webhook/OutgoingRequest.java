package io.dcim.power.webhook;

import java.net.URI;
import java.util.Map;

/**
 * One POST as it will be sent: the real address (with a robot's token and signature) and the body. It prints
 * only the shown address, so a log line or an exception message never carries a token or a signature.
 */
public record OutgoingRequest(URI uri, String shownUrl, Map<String, String> headers, String body, WebhookFormat format) {

    public OutgoingRequest {
        headers = Map.copyOf(headers);
    }

    @Override
    public String toString() {
        return "POST " + shownUrl + " (" + format + ", " + body.length() + " chars)";
    }
}
