package io.dcim.identity.user;

import io.dcim.identity.role.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

class UserServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));

    private UserService users(Database db) {
        return new UserService(db, clock, 4);
    }

    @BothDatabases
    void signsInWithTheRightPasswordIgnoringUsernameCase(Database db) {
        UserService users = users(db);
        users.create("Alice", "Alice Ops", "a long enough secret", EnumSet.of(Role.OPS, Role.ANALYST));

        SignInResult result = users.signIn("alice", "a long enough secret");

        assertThat(result.succeeded()).isTrue();
        assertThat(result.principal().roles()).containsExactlyInAnyOrder(Role.OPS, Role.ANALYST);
        SignInResult wrong = users.signIn("alice", "a wrong secret");
        assertThat(wrong.refused()).isTrue();
        assertThat(users.signIn("nobody", "a long enough secret").message())
                .as("unknown users get the same answer").isEqualTo(wrong.message());
    }

    @BothDatabases
    void aUsernameWithAControlCharacterIsRefusedLikeAnUnknownOneOnBothDatabases(Database db) {
        UserService users = users(db);
        users.create("carol", null, "a long enough secret", Set.of(Role.OPS));

        SignInResult withNul = users.signIn("carol\u0000", "a long enough secret");

        assertThat(withNul.succeeded()).isFalse();
        assertThat(withNul.message()).isEqualTo(users.signIn("nobody", "a long enough secret").message());
    }

    /**
     * An unknown name and a locked account cost a whole password check too, so a caller timing the answers cannot
     * tell which names exist. A production bcrypt cost (10) makes a check tens of milliseconds; an answer that
     * skipped it would take one. Each is compared with one bare bcrypt check of that cost (not with a wrong password,
     * whose answer also writes the failure to the database, which a loaded machine slows far more than it slows
     * hashing); the fastest of several tries is compared, which a busy machine only slows.
     */
    @BothDatabases
    void anUnknownNameAndALockedAccountTakeAsLongAsAPasswordCheck(Database db) {
        UserService users = new UserService(db, clock, 10, new SignInThrottle(clock, 1000, Duration.ofSeconds(1)));
        users.create("lock", null, "a long enough secret", Set.of(Role.OPS));
        for (int i = 0; i < UserService.FREE_ATTEMPTS; i++) {
            users.signIn("lock", "wrong");
        }
        assertThat(users.signIn("lock", "a long enough secret").lockedOut()).isTrue();
        String hash = BCrypt.withDefaults().hashToString(10, "a long enough secret".toCharArray());

        long check = fastest(() -> BCrypt.verifyer().verify("wrong".toCharArray(), hash));
        long unknown = fastest(() -> users.signIn("nobody-at-all", "a long enough secret"));
        long locked = fastest(() -> users.signIn("lock", "a long enough secret"));

        assertThat(unknown).as("unknown name, %d ns against %d ns", unknown, check).isGreaterThan(check / 2);
        assertThat(locked).as("locked account, %d ns against %d ns", locked, check).isGreaterThan(check / 2);
    }

    private static long fastest(Runnable signIns) {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            signIns.run();
            fastest = Math.min(fastest, System.nanoTime() - started);
        }
        return fastest;
    }

    @BothDatabases
    void locksAnAccountAfterRepeatedFailuresForLongerEachTime(Database db) {
        UserService users = users(db);
        users.create("bob", null, "a long enough secret", Set.of(Role.MANAGER));
        for (int i = 1; i < UserService.FREE_ATTEMPTS; i++) {
            assertThat(users.signIn("bob", "wrong").lockedOut()).isFalse();
        }

        SignInResult fifth = users.signIn("bob", "wrong");
        assertThat(fifth.lockedOut()).isTrue();
        assertThat(fifth.lockedFor()).isEqualTo(Duration.ofSeconds(30));
        SignInResult whileLocked = users.signIn("bob", "a long enough secret");
        assertThat(whileLocked.succeeded()).as("even the right password is refused while locked").isFalse();
        assertThat(whileLocked.message()).as("locked looks like unknown: no user enumeration")
                .isEqualTo(users.signIn("nobody-at-all", "a long enough secret").message());

        clock.advance(Duration.ofSeconds(31));
        assertThat(users.signIn("bob", "wrong").lockedFor()).isEqualTo(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(61));
        assertThat(users.signIn("bob", "a long enough secret").succeeded()).isTrue();
        assertThat(users.signIn("bob", "wrong").lockedOut()).as("success resets the count").isFalse();
        assertThat(UserService.lockFor(40)).isEqualTo(UserService.MAX_LOCK);
    }

    @BothDatabases
    void refusesWeakPasswordsDuplicateNamesAndUsersWithoutRoles(Database db) {
        UserService users = users(db);
        users.create("carol", null, "a long enough secret", Set.of(Role.ANALYST));

        assertThatThrownBy(() -> users.create("dave", null, "short", Set.of(Role.OPS)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("password:");
        assertThatThrownBy(() -> users.create("CAROL", null, "a long enough secret", Set.of(Role.OPS)))
                .isInstanceOf(ConflictException.class).hasMessage("username: a user named CAROL already exists")
                .satisfies(e -> assertThat(((ConflictException) e).reason(java.util.Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("用户 CAROL 已存在"));
        assertThatThrownBy(() -> users.create("erin", null, "a long enough secret", Set.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("roles:");
    }

    @BothDatabases
    void apiTokensWorkUntilRevokedAndAreStoredOnlyAsDigests(Database db) {
        UserService users = users(db);
        UserAccount user = users.create("frank", null, "a long enough secret", Set.of(Role.OPS));
        CreatedToken created = users.createToken(user.getId(), "ci pipeline");

        assertThat(created.token()).startsWith("dcim_").hasSizeGreaterThan(40);
        assertThat(created.toString()).doesNotContain(created.token());
        assertThat(users.authenticateToken(created.token())).get().extracting(Principal::username).isEqualTo("frank");
        String stored = db.read(s -> s.createQuery("select t.tokenDigest from ApiToken t", String.class).getSingleResult());
        assertThat(stored).isNotEqualTo(created.token()).hasSize(64);

        Principal frank = users.authenticateToken(created.token()).orElseThrow();
        users.revokeToken(frank, created.id());
        assertThat(users.authenticateToken(created.token())).isEmpty();
        assertThat(users.authenticateToken("dcim_forged")).isEmpty();
    }

    @BothDatabases
    void theFirstAdministratorGetsAGeneratedPasswordOnlyOnce(Database db) {
        UserService users = users(db);

        String generated = users.ensureFirstAdmin(null).orElseThrow();
        assertThat(users.signIn("admin", generated).principal().roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(users.ensureFirstAdmin(null)).isEmpty();
        assertThat(users.users()).hasSize(1);
    }

    @BothDatabases
    void parallelSignInsOfOneUserAllSucceedAndParallelFailuresAllCount(Database db) throws Exception {
        UserService users = new UserService(db, clock, 4, new SignInThrottle(clock, 1000, Duration.ofSeconds(1)));
        users.create("gina", null, "a long enough secret", Set.of(Role.OPS));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            java.util.List<java.util.concurrent.Future<SignInResult>> rights = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                rights.add(pool.submit(() -> users.signIn("gina", "a long enough secret", "10.0.0.1")));
            }
            for (var right : rights) {
                assertThat(right.get().succeeded()).as("no conflict between parallel sign-ins").isTrue();
            }
            java.util.List<java.util.concurrent.Future<SignInResult>> wrongs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                wrongs.add(pool.submit(() -> users.signIn("gina", "a wrong secret", "10.0.0.1")));
            }
            for (var wrong : wrongs) {
                assertThat(wrong.get().refused()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(users.signIn("gina", "a wrong secret").lockedOut())
                .as("the four parallel failures all counted: the fifth locks").isTrue();
    }

    @BothDatabases
    void aSessionStampEndsWithADisableOrANewPasswordButNotWithARoleChange(Database db) {
        UserService users = users(db);
        UserAccount hank = users.create("hank", null, "a long enough secret", EnumSet.of(Role.OPS, Role.ANALYST));
        users.create("root", null, "a long enough secret", EnumSet.of(Role.ADMIN));
        Principal admin = users.signIn("root", "a long enough secret").principal();
        SignInResult signedIn = users.signIn("hank", "a long enough secret");

        users.setRoles(hank.getId(), EnumSet.of(Role.ANALYST));
        assertThat(users.current(hank.getId(), signedIn.credentialStamp())).as("roles are read afresh")
                .get().extracting(Principal::roles).isEqualTo(EnumSet.of(Role.ANALYST));

        users.changePassword(hank.getId(), "another long secret");
        assertThat(users.current(hank.getId(), signedIn.credentialStamp())).as("a new password ends it").isEmpty();

        SignInResult again = users.signIn("hank", "another long secret");
        users.setEnabled(admin, hank.getId(), false);
        assertThat(users.current(hank.getId(), again.credentialStamp())).as("disabling ends it").isEmpty();
        users.setEnabled(admin, hank.getId(), true);
        assertThat(users.current(hank.getId(), again.credentialStamp())).as("enabling again does not revive it").isEmpty();
    }

    @BothDatabases
    void usersChangeTheirOwnPasswordOnlyWithTheCurrentOne(Database db) {
        UserService users = users(db);
        users.create("iris", null, "a long enough secret", Set.of(Role.MANAGER));
        Principal iris = users.signIn("iris", "a long enough secret").principal();

        assertThatThrownBy(() -> users.changeOwnPassword(iris, "not the current one", "a new long secret", "10.0.0.2"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("currentPassword:");
        assertThatThrownBy(() -> users.changeOwnPassword(iris, "a long enough secret", "short", "10.0.0.2"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("newPassword:");
        users.changeOwnPassword(iris, "a long enough secret", "a new long secret", "10.0.0.2");

        assertThat(users.signIn("iris", "a long enough secret").succeeded()).isFalse();
        assertThat(users.signIn("iris", "a new long secret").succeeded()).isTrue();
    }

    @BothDatabases
    void anAddressWithTooManyFailuresWaitsBeforeAnyPasswordIsChecked(Database db) {
        UserService users = new UserService(db, clock, 4, new SignInThrottle(clock, 3, Duration.ofSeconds(10)));
        users.create("jack", null, "a long enough secret", Set.of(Role.OPS));
        for (int i = 0; i < 3; i++) {
            assertThat(users.signIn("nobody" + i, "guess", "192.0.2.7").refused()).isTrue();
        }

        SignInResult throttled = users.signIn("jack", "a long enough secret", "192.0.2.7");
        assertThat(throttled.throttled()).as("even the right password waits").isTrue();
        assertThat(throttled.retryAfterSeconds()).isEqualTo(10);
        assertThat(users.signIn("jack", "a long enough secret", "192.0.2.8").succeeded()).as("other addresses are not").isTrue();
        clock.advance(Duration.ofSeconds(10));
        assertThat(users.signIn("jack", "a long enough secret", "192.0.2.7").succeeded()).isTrue();
    }
}
