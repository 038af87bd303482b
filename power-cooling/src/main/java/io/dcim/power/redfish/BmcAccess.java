package io.dcim.power.redfish;

import io.dcim.power.secret.Secret;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How requests to one BMC authenticate: a Redfish session's {@code X-Auth-Token} (what BMCs prefer: one login,
 * then a cheap header) or, for a service without a session service, HTTP Basic. Prints no secret.
 *
 * @param sessionUri where the session lives, to log out (DELETE) when the collector closes; null for Basic
 */
record BmcAccess(Secret token, String sessionUri, Secret basic) {

    static BmcAccess session(String token, String sessionUri) {
        return new BmcAccess(Secret.of(token), sessionUri, null);
    }

    static BmcAccess basic(RedfishCredentials credentials) {
        String pair = credentials.user() + ":" + credentials.password().reveal();
        return new BmcAccess(null, null,
                Secret.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
    }

    boolean isSession() {
        return token != null;
    }

    HttpRequest.Builder sign(HttpRequest.Builder request) {
        return isSession() ? request.header("X-Auth-Token", token.reveal())
                : request.header("Authorization", basic.reveal());
    }

    @Override
    public String toString() {
        return isSession() ? "BmcAccess[session ****]" : "BmcAccess[basic ****]";
    }
}
