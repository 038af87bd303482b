package io.dcim.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import io.dcim.web.WebTesting;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

class UserServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));

    private UserService users(Database db) {
        return new UserService(db, clock, WebTesting.TEST_BCRYPT_COST);
    }

    @BothDatabases
    void signsInWithTheRightPasswordIgnoringUsernameCase(Database db) {
        UserService users = users(db);
        users.create("Alice", "Alice Ops", "a long enough secret", EnumSet.of(Role.OPS, Role.ANALYST));

        SignInResult result = users.signIn("alice", "a long enough secret");

        assertThat(result.succeeded()).isTrue();
        assertThat(result.principal().roles()).containsExactlyInAnyOrder(Role.OPS, Role.ANALYST);
        assertThat(users.signIn("alice", "a wrong secret").message()).isEqualTo("Wrong username or password.");
        assertThat(users.signIn("nobody", "a long enough secret").message())
                .as("unknown users get the same answer").isEqualTo("Wrong username or password.");
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
        assertThat(users.signIn("bob", "a long enough secret").succeeded())
                .as("even the right password is refused while locked").isFalse();

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
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("username:");
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
}
