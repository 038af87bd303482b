package io.dcim.power.webhook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The three signatures destinations check, each as its owner documents it:
 * <ul>
 * <li>plain JSON (ours): hex HMAC-SHA256 keyed with the secret over {@code timestamp + "." + body};</li>
 * <li>DingTalk: base64 HMAC-SHA256 keyed with the secret over {@code timestampMillis + "\n" + secret},
 *     URL-encoded into the query;</li>
 * <li>Feishu: base64 HMAC-SHA256 keyed with {@code timestampSeconds + "\n" + secret} over nothing.</li>
 * </ul>
 */
public final class Signatures {

    private Signatures() {
    }

    public static String json(String secret, long epochSeconds, String body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8),
                (epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    public static String dingTalk(String secret, long epochMillis) {
        byte[] mac = hmac(secret.getBytes(StandardCharsets.UTF_8),
                (epochMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
        return URLEncoder.encode(Base64.getEncoder().encodeToString(mac), StandardCharsets.UTF_8);
    }

    public static String feishu(String secret, long epochSeconds) {
        byte[] mac = hmac((epochSeconds + "\n" + secret).getBytes(StandardCharsets.UTF_8), new byte[0]);
        return Base64.getEncoder().encodeToString(mac);
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
