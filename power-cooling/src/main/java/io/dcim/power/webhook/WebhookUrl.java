package io.dcim.power.webhook;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.text.Fields;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A destination address, checked before it is sealed: http or https only (no file:, ftp:, jar: or gopher: that an
 * HTTP client might otherwise be talked into), a host, no credentials in it. Robot tokens sit in the path or query,
 * so what is shown keeps only the scheme, host and port ({@link #shown}).
 */
public final class WebhookUrl {

    static final int MAX_LENGTH = 1000;
    private static final String FIELD = "url";

    private WebhookUrl() {
    }

    /** The address as a URI, or a refusal naming {@code url}. */
    public static URI checked(String url) {
        String text = Fields.required(FIELD, url, MAX_LENGTH);
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(FIELD, Message.of("power.webhook.url.invalid"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidValueException(FIELD, Message.of("power.webhook.url.scheme"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidValueException(FIELD, Message.of("power.webhook.url.invalid"));
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidValueException(FIELD, Message.of("power.webhook.url.userInfo"));
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidValueException(FIELD, Message.of("power.webhook.url.invalid"));
        }
        return uri;
    }

    /** {@code https://oapi.dingtalk.com/****}: enough to tell destinations apart, nothing of the token. */
    public static String shown(URI uri) {
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + port + "/****";
    }
}
