package io.dcim.web.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;
import static io.dcim.common.text.Fields.required;

/**
 * Users, passwords and API tokens. Passwords are bcrypt-hashed; after
 * {@value #FREE_ATTEMPTS} failures in a row an account is locked for a period that doubles
 * with each further failure, up to {@link #MAX_LOCK}.
 */
public final class UserService {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final String TOKEN_PREFIX = "dcim_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;
    private final int bcryptCost;
    /** Verified against for unknown users, so timing does not tell which usernames exist. */
    private final String decoyHash;

    public UserService(Database db, Clock clock, int bcryptCost) {
        this.db = db;
        this.clock = clock;
        this.bcryptCost = bcryptCost;
        this.decoyHash = hash(randomSecret(16));
    }

    public SignInResult signIn(String username, String password) {
        if (username == null || username.isBlank() || password == null) {
            return SignInResult.REFUSED;
        }
        return db.inTransaction(session -> {
            UserAccount user = byUsername(session, username).orElse(null);
            Instant now = clock.instant();
            if (user == null) {
                verify(password, decoyHash);
                return SignInResult.REFUSED;
            }
            if (user.getLockedUntil() != null && now.isBefore(user.getLockedUntil())) {
                return new SignInResult(null, Duration.between(now, user.getLockedUntil()));
            }
            if (!user.isEnabled() || !verify(password, user.getPasswordHash())) {
                int failures = user.getFailedAttempts() + 1;
                Instant lockedUntil = failures >= FREE_ATTEMPTS ? now.plus(lockFor(failures)) : null;
                user.recordFailure(failures, lockedUntil);
                return lockedUntil == null ? SignInResult.REFUSED : new SignInResult(null, lockFor(failures));
            }
            user.recordLogin(now);
            return new SignInResult(principal(user), Duration.ZERO);
        });
    }

    static Duration lockFor(int failures) {
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    public UserAccount create(String username, String displayName, String password, Set<Role> roles) {
        return db.inTransaction(session -> {
            String name = required("username", username, 64);
            if (!name.matches("[A-Za-z0-9._@-]+")) {
                throw new InvalidValueException("username", "use letters, digits and . _ @ - only");
            }
            if (byUsername(session, name).isPresent()) {
                throw new ConflictException("username", "a user named " + name + " already exists");
            }
            if (roles == null || roles.isEmpty()) {
                throw new InvalidValueException("roles", "give the user at least one role");
            }
            UserAccount user = new UserAccount(name, hash(checkedPassword(password)), roles, clock.instant());
            user.setDisplayName(optional("displayName", displayName, 120));
            session.persist(user);
            return user;
        });
    }

    public void changePassword(long userId, String newPassword) {
        db.execute(session -> Lookup.existing(session, UserAccount.class, userId, "user")
                .setPasswordHash(hash(checkedPassword(newPassword))));
    }

    public void setRoles(long userId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidValueException("roles", "give the user at least one role");
        }
        db.execute(session -> Lookup.existing(session, UserAccount.class, userId, "user").setRoles(roles));
    }

    /** Disabled users cannot sign in or use their tokens; nothing of theirs is deleted. */
    public void setEnabled(Principal actor, long userId, boolean enabled) {
        if (!enabled && actor.userId() == userId) {
            throw new InvalidValueException("enabled", "you cannot disable your own account");
        }
        db.execute(session -> Lookup.existing(session, UserAccount.class, userId, "user").setEnabled(enabled));
    }

    public List<UserAccount> users() {
        return db.read(session -> session.createQuery("from UserAccount order by usernameKey", UserAccount.class)
                .getResultList());
    }

    public Optional<Principal> principal(long userId) {
        return db.read(session -> Optional.ofNullable(session.find(UserAccount.class, userId))
                .filter(UserAccount::isEnabled).map(UserService::principal));
    }

    /**
     * Creates the first administrator when there is no user at all. Returns the password
     * when it was generated (so the caller can show it once), empty otherwise.
     */
    public Optional<String> ensureFirstAdmin(String configuredPassword) {
        boolean empty = db.read(session -> session.createQuery("select count(u) from UserAccount u", Long.class)
                .getSingleResult() == 0);
        if (!empty) {
            return Optional.empty();
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? randomSecret(15) : configuredPassword;
        create("admin", "Administrator", password, EnumSet.allOf(Role.class));
        return generate ? Optional.of(password) : Optional.empty();
    }

    public CreatedToken createToken(long userId, String tokenName) {
        return db.inTransaction(session -> {
            UserAccount user = Lookup.existing(session, UserAccount.class, userId, "user");
            String name = required("name", tokenName, 80);
            String token = TOKEN_PREFIX + randomSecret(32);
            ApiToken stored = new ApiToken(user, name, token.substring(0, 12), digest(token), clock.instant());
            session.persist(stored);
            return new CreatedToken(stored.getId(), name, token);
        });
    }

    public List<ApiToken> tokens(long userId) {
        return db.read(session -> session.createQuery(
                        "from ApiToken t where t.user.id = :u order by t.createdAt desc", ApiToken.class)
                .setParameter("u", userId).getResultList());
    }

    /** Revokes one of the user's own tokens (an admin may revoke anyone's). */
    public void revokeToken(Principal actor, long tokenId) {
        db.execute(session -> {
            ApiToken token = Lookup.existing(session, ApiToken.class, tokenId, "API token");
            if (!token.getUser().getId().equals(actor.userId()) && !actor.has(Role.ADMIN)) {
                throw new InvalidValueException("tokenId", "you can only revoke your own tokens");
            }
            if (token.isActive()) {
                token.revoke(clock.instant());
            }
        });
    }

    public Optional<Principal> authenticateToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return db.inTransaction(session -> session.createQuery(
                        "select t from ApiToken t join fetch t.user where t.tokenDigest = :d", ApiToken.class)
                .setParameter("d", digest(token)).getResultStream().findFirst()
                .filter(t -> t.isActive() && t.getUser().isEnabled())
                .map(t -> {
                    t.used(clock.instant());
                    return principal(t.getUser());
                }));
    }

    private static Optional<UserAccount> byUsername(Session session, String username) {
        return session.createQuery("from UserAccount where usernameKey = :k", UserAccount.class)
                .setParameter("k", UserAccount.key(username)).getResultStream().findFirst();
    }

    private static Principal principal(UserAccount user) {
        return new Principal(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles());
    }

    private static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidValueException("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw new InvalidValueException("password", "must be at most 72 bytes (bcrypt's limit)");
        }
        return password;
    }

    private String hash(String password) {
        return BCrypt.withDefaults().hashToString(bcryptCost, password.toCharArray());
    }

    private static boolean verify(String password, String hash) {
        try {
            return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
        } catch (IllegalArgumentException tooLong) {
            return false;
        }
    }

    /** SHA-256 in hex: how tokens are stored and how verified Basic credentials are remembered. */
    public static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomSecret(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
