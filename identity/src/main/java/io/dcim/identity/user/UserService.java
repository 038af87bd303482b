package io.dcim.identity.user;

import io.dcim.common.error.Message;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.identity.role.Role;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.text.Fields;
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

    public static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final int MIN_PASSWORD_LENGTH = PasswordRule.MIN_LENGTH;
    private static final String TOKEN_PREFIX = "dcim_";
    /** How closely a token's last use is kept. */
    static final Duration TOKEN_USE_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;
    private final int bcryptCost;
    /** Verified against for unknown users, so timing does not tell which usernames exist. */
    private final String decoyHash;
    private final SignInThrottle throttle;

    public UserService(Database db, Clock clock, int bcryptCost) {
        this(db, clock, bcryptCost, SignInThrottle.standard(clock));
    }

    public UserService(Database db, Clock clock, int bcryptCost, SignInThrottle throttle) {
        this.db = db;
        this.clock = clock;
        this.bcryptCost = bcryptCost;
        this.decoyHash = hash(randomSecret(16));
        this.throttle = throttle;
    }

    /** A sign-in from an unknown address (tests, jobs): throttled as one shared address. */
    public SignInResult signIn(String username, String password) {
        return signIn(username, password, null);
    }

    /**
     * Checks a password. The password is hashed exactly once whatever the case (unknown user,
     * locked, disabled, wrong, right), so the time taken does not tell them apart either. The
     * bookkeeping (failure count, lock, last sign-in) is written with single atomic UPDATE
     * statements, never as a versioned entity: parallel sign-ins of one user must not conflict,
     * and every failure counts.
     *
     * @param clientAddress whose failures are throttled; null for callers with no address
     */
    public SignInResult signIn(String username, String password, String clientAddress) {
        if (username == null || username.isBlank() || password == null) {
            return SignInResult.REFUSED;
        }
        Duration wait = throttle.waitFor(clientAddress);
        if (!wait.isZero()) {
            return SignInResult.throttled(wait);
        }
        // No user's name holds a control character, and PostgreSQL refuses a NUL in a query: such a
        // name is unknown without asking the database (and costs the same bcrypt as any unknown name).
        UserAccount user = Fields.controlCharacterIndex(username, false) >= 0 ? null
                : db.separately(session -> byUsername(session, username)).orElse(null);
        boolean verified = verify(password, user == null ? decoyHash : user.getPasswordHash());
        Instant now = clock.instant();
        if (user == null) {
            throttle.failed(clientAddress);
            return SignInResult.REFUSED;
        }
        if (user.getLockedUntil() != null && now.isBefore(user.getLockedUntil())) {
            throttle.failed(clientAddress);
            return SignInResult.locked(Duration.between(now, user.getLockedUntil()));
        }
        if (!verified || !user.isEnabled()) {
            throttle.failed(clientAddress);
            int failures = recordFailure(user.getId(), now);
            return failures >= FREE_ATTEMPTS ? SignInResult.locked(lockFor(failures)) : SignInResult.REFUSED;
        }
        // Every step of a sign-in in a transaction of its own (the read above too): an API call's shared one
        // (Database.sharedTransaction) would keep a connection through the bcrypt and ask the pool for a second one
        // here, so parallel first calls emptied the pool; and it would hold the user's row until the answer is written.
        db.separately(session -> session.createMutationQuery("update UserAccount set failedAttempts = 0,"
                        + " lockedUntil = null, lastLoginAt = :now where id = :id")
                .setParameter("now", now).setParameter("id", user.getId()).executeUpdate());
        return SignInResult.signedIn(principal(user), user.getCredentialStamp());
    }

    /**
     * Counts one failure atomically (the row stays locked until commit) and locks the account past the free attempts,
     * in a transaction of its own: the count stands whatever becomes of the call that failed.
     */
    private int recordFailure(long userId, Instant now) {
        return db.separately(session -> {
            session.createMutationQuery("update UserAccount set failedAttempts = failedAttempts + 1 where id = :id")
                    .setParameter("id", userId).executeUpdate();
            int failures = session.createQuery("select failedAttempts from UserAccount where id = :id", Integer.class)
                    .setParameter("id", userId).getSingleResult();
            if (failures >= FREE_ATTEMPTS) {
                session.createMutationQuery("update UserAccount set lockedUntil = :until where id = :id")
                        .setParameter("until", now.plus(lockFor(failures))).setParameter("id", userId).executeUpdate();
            }
            return failures;
        });
    }

    /**
     * The user as they are now, if a session or a remembered credential made with
     * {@code credentialStamp} is still good: the user exists, is enabled, and neither their
     * password changed nor were they disabled since. Roles are read afresh. One read by key,
     * cheap enough for every request.
     */
    public Optional<Principal> current(long userId, int credentialStamp) {
        // Asked on every API call and console request: one row's columns, without a managed entity to load and check.
        return db.read(session -> session.createQuery("select u.username, u.displayName, u.roles from UserAccount u"
                        + " where u.id = :id and u.enabled = true and u.credentialStamp = :stamp", Object[].class)
                .setParameter("id", userId).setParameter("stamp", credentialStamp)
                .uniqueResultOptional()
                .map(row -> new Principal(userId, (String) row[0], (String) row[1], UserAccount.roles((String) row[2]))));
    }

    /** The stamp a session must hold after its own user changed their password in it. */
    public int credentialStamp(long userId) {
        return db.read(session -> Lookup.existing(session, UserAccount.class, userId, "user").getCredentialStamp());
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
                throw new InvalidValueException("username", Message.of("identity.user.usernameCharacters"));
            }
            if (byUsername(session, name).isPresent()) {
                throw new ConflictException("username", Message.of("identity.user.exists", name));
            }
            if (roles == null || roles.isEmpty()) {
                throw new InvalidValueException("roles", Message.of("identity.user.noRole"));
            }
            UserAccount user = new UserAccount(name, hash(checkedPassword(password)), roles, clock.instant());
            user.setDisplayName(optional("displayName", displayName, 120));
            session.persist(user);
            return user;
        });
    }

    /**
     * An administrator sets someone's password (or a user's own, once the current one was
     * checked). Raises the user's stamp: their open sessions and remembered API credentials end.
     */
    public void changePassword(long userId, String newPassword) {
        String hash = hash(checkedPassword(newPassword));
        db.execute(session -> Lookup.existing(session, UserAccount.class, userId, "user").setPasswordHash(hash));
    }

    /** A user changes their own password: the current one must be right (checked like a sign-in). */
    public void changeOwnPassword(Principal self, String currentPassword, String newPassword, String clientAddress) {
        checkedPassword("newPassword", newPassword);
        SignInResult check = signIn(self.username(), currentPassword == null ? "" : currentPassword, clientAddress);
        if (check.throttled()) {
            throw new InvalidValueException("currentPassword", check.why());
        }
        if (!check.succeeded() || check.principal().userId() != self.userId()) {
            throw new InvalidValueException("currentPassword", Message.of("identity.user.notCurrentPassword"));
        }
        changePassword(self.userId(), newPassword);
    }

    /** The console language the user chose, empty when they follow their browser's. */
    public Optional<Language> language(long userId) {
        return db.read(session -> Lookup.existing(session, UserAccount.class, userId, "user").getLanguage());
    }

    public void setLanguage(long userId, Language language) {
        db.execute(session -> Lookup.existing(session, UserAccount.class, userId, "user").setLanguage(language));
    }

    public void setRoles(long userId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidValueException("roles", Message.of("identity.user.noRole"));
        }
        db.execute(session -> Lookup.existing(session, UserAccount.class, userId, "user").setRoles(roles));
    }

    /** Disabled users cannot sign in or use their tokens; nothing of theirs is deleted. */
    public void setEnabled(Principal actor, long userId, boolean enabled) {
        setEnabled(actor.caller(java.util.Locale.ROOT), userId, enabled);
    }

    public void setEnabled(Caller actor, long userId, boolean enabled) {
        if (!enabled && actor.userId() != null && actor.userId() == userId) {
            throw new InvalidValueException("enabled", Message.of("identity.user.disableSelf"));
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
            if (!token.getUser().getId().equals(actor.userId()) && !actor.may(Permission.TOKEN_MANAGE)) {
                throw new InvalidValueException("tokenId", Message.of("identity.token.notYours"));
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
        // Its own transaction, not the call's shared one: markUsed must not ask the pool for a second connection.
        Optional<ApiToken> found = db.separately(session -> session.createQuery(
                        "select t from ApiToken t join fetch t.user where t.tokenDigest = :d", ApiToken.class)
                .setParameter("d", digest(token)).getResultStream().findFirst()
                .filter(t -> t.isActive() && t.getUser().isEnabled()));
        found.ifPresent(this::markUsed);
        return found.map(t -> principal(t.getUser()));
    }

    /**
     * last_used_at to the minute: written by a plain UPDATE (parallel calls with one token must not conflict on its
     * version), in a transaction of its own (not holding the row locked for the rest of an API call), and only when a
     * minute has passed since the time recorded, so a busy token is not a write on every call.
     */
    private void markUsed(ApiToken token) {
        Instant now = clock.instant();
        if (token.getLastUsedAt() != null && token.getLastUsedAt().isAfter(now.minus(TOKEN_USE_PRECISION))) {
            return;
        }
        db.separately(session -> session.createMutationQuery("update ApiToken set lastUsedAt = :now where id = :id")
                .setParameter("now", now).setParameter("id", token.getId()).executeUpdate());
    }

    private static Optional<UserAccount> byUsername(Session session, String username) {
        return session.createQuery("from UserAccount where usernameKey = :k", UserAccount.class)
                .setParameter("k", UserAccount.key(username)).getResultStream().findFirst();
    }

    private static Principal principal(UserAccount user) {
        return new Principal(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles());
    }

    private static String checkedPassword(String password) {
        return checkedPassword("password", password);
    }

    private static String checkedPassword(String field, String password) {
        return PasswordRule.check(field, password);
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
