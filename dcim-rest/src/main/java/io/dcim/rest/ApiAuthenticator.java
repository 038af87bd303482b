package io.dcim.rest;

import io.dcim.identity.user.Principal;
import io.dcim.identity.user.SignInResult;
import io.dcim.identity.user.UserService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is calling: {@code Authorization: Bearer <token>} or HTTP Basic with a console user's
 * credentials. bcrypt is slow on purpose, so a verified Basic credential is remembered (by a
 * SHA-256 digest, never in clear) for {@link #BASIC_CACHE_TTL} with the user's credential
 * stamp; every call still reads the user by key, so a disable, a password change or a role
 * removal takes effect at once. Failures are never cached, count towards the account's
 * lock-out like failed sign-ins, and are throttled per client address.
 */
public final class ApiAuthenticator {

    static final Duration BASIC_CACHE_TTL = Duration.ofMinutes(2);
    private static final int MAX_CACHED = 10_000;

    private final UserService users;
    private final Clock clock;
    private final Map<String, Cached> verifiedBasic = new ConcurrentHashMap<>();

    public ApiAuthenticator(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    private record Cached(long userId, int credentialStamp, Instant until) {
    }

    /** Empty when no credentials were given or they are wrong; 429 when the address must wait. */
    Optional<Principal> authenticate(String authorization, String clientAddress) {
        if (authorization == null) {
            return Optional.empty();
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return users.authenticateToken(authorization.substring(7).trim());
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), clientAddress);
        }
        return Optional.empty();
    }

    private Optional<Principal> basic(String encoded, String clientAddress) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String key = UserService.digest(decoded);
        Instant now = clock.instant();
        Cached cached = verifiedBasic.get(key);
        if (cached != null && now.isBefore(cached.until())) {
            Optional<Principal> current = users.current(cached.userId(), cached.credentialStamp());
            if (current.isPresent()) {
                return current;
            }
            verifiedBasic.remove(key);
        }
        SignInResult result = users.signIn(decoded.substring(0, colon), decoded.substring(colon + 1), clientAddress);
        if (result.throttled()) {
            throw new RetryLaterException(result.why(), result.retryAfterSeconds());
        }
        if (!result.succeeded()) {
            verifiedBasic.remove(key);
            return Optional.empty();
        }
        if (verifiedBasic.size() >= MAX_CACHED) {
            verifiedBasic.clear();
        }
        verifiedBasic.put(key, new Cached(result.principal().userId(), result.credentialStamp(), now.plus(BASIC_CACHE_TTL)));
        return Optional.of(result.principal());
    }
}
