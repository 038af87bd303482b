package io.dcim.console.auth;

import io.dcim.app.config.SessionLimits;
import io.dcim.identity.role.Role;
import io.dcim.identity.user.Principal;
import io.dcim.identity.user.SignInResult;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import io.dcim.console.DcimWicketApplication;
import io.dcim.app.Services;
import io.dcim.web.OpenTester;
import io.dcim.web.WebTesting;
import io.dcim.console.home.HomePage;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apache.wicket.RuntimeConfigurationType;

/** Open console sessions follow what happens to their user, and end when idle or old. */
class SessionChecksTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T08:00:00Z"));

    private OpenTester signedIn(Services services, String username, SessionLimits limits) {
        OpenTester tester = new OpenTester(new DcimWicketApplication(services, RuntimeConfigurationType.DEVELOPMENT, false)
                .withSessions(limits, clock));
        if (!DcimSession.get().signIn(username, WebTesting.PASSWORD)) {
            throw new IllegalStateException(username + " could not sign in");
        }
        return tester;
    }

    @BothDatabases
    void aDisabledUsersOpenPageCanNoLongerActAndTheyAreAskedToSignIn(Database db) {
        Services services = WebTesting.services(db);
        long opsId = services.users().create("olga", null, WebTesting.PASSWORD, Set.of(Role.OPS)).getId();
        services.users().create("root", null, WebTesting.PASSWORD, Set.of(Role.ADMIN));
        Principal admin = services.users().signIn("root", WebTesting.PASSWORD).principal();
        try (var tester = signedIn(services, "olga", SessionLimits.DEFAULT)) {
            tester.startPage(ApiTokensPage.class);
            services.users().setEnabled(admin, opsId, false);

            tester.fill("form", Map.of("name", "made after the disable")).submit();

            tester.assertRenderedPage(SignInPage.class);
            assertThat(services.users().tokens(opsId)).as("the open page's form did not run").isEmpty();
        }
    }

    @BothDatabases
    void aRemovedRoleIsGoneAtTheNextRequest(Database db) {
        Services services = WebTesting.services(db);
        long id = services.users().create("adam", null, WebTesting.PASSWORD, EnumSet.of(Role.ADMIN, Role.ANALYST)).getId();
        try (var tester = signedIn(services, "adam", SessionLimits.DEFAULT)) {
            tester.startPage(UsersPage.class);
            tester.assertRenderedPage(UsersPage.class);
            services.users().setRoles(id, EnumSet.of(Role.ANALYST));

            tester.startPage(HomePage.class);
            tester.assertLabel("roles", "analyst");
            tester.assertInvisible("navUsers");
        }
    }

    @BothDatabases
    void aSessionEndsAfterItsIdleTimeAndAfterItsLifetime(Database db) {
        Services services = WebTesting.services(db);
        services.users().create("ida", null, WebTesting.PASSWORD, Set.of(Role.ANALYST));
        SessionLimits limits = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12));
        try (var idle = signedIn(services, "ida", limits)) {
            clock.advance(Duration.ofMinutes(29));
            idle.startPage(HomePage.class);
            idle.assertRenderedPage(HomePage.class);
            clock.advance(Duration.ofMinutes(31));
            idle.startPage(HomePage.class);
            idle.assertRenderedPage(SignInPage.class);
        }
        try (var busy = signedIn(services, "ida", limits)) {
            for (int hour = 0; hour < 12; hour++) {
                busy.startPage(HomePage.class);
                busy.assertRenderedPage(HomePage.class);
                clock.advance(Duration.ofMinutes(20));
                busy.startPage(HomePage.class);
                clock.advance(Duration.ofMinutes(20));
                busy.startPage(HomePage.class);
                clock.advance(Duration.ofMinutes(20));
            }
            clock.advance(Duration.ofMinutes(1));
            busy.startPage(HomePage.class);
            busy.assertRenderedPage(SignInPage.class);
        }
    }

    @BothDatabases
    void changingYourPasswordKeepsThisSessionAndEndsYourOthers(Database db) {
        Services services = WebTesting.services(db);
        services.users().create("pat", null, WebTesting.PASSWORD, Set.of(Role.MANAGER));
        // Another browser's session, as its stamp (one WicketTester per thread: Wicket's thread context is shared).
        SignInResult other = services.users().signIn("pat", WebTesting.PASSWORD);
        try (var here = signedIn(services, "pat", SessionLimits.DEFAULT)) {
            here.startPage(HomePage.class);
            here.clickLink("navPassword");
            here.assertRenderedPage(ChangePasswordPage.class);
            here.fill("form", Map.of("currentPassword", WebTesting.PASSWORD, "newPassword", "a fresh long password",
                    "repeatPassword", "a fresh long password")).submit();
            here.assertInfoMessages("Your password was changed.");

            here.startPage(HomePage.class);
            here.assertRenderedPage(HomePage.class);
            assertThat(services.users().current(other.principal().userId(), other.credentialStamp()))
                    .as("the other session ends at its next request").isEmpty();
            assertThat(services.users().signIn("pat", "a fresh long password").succeeded()).isTrue();
        }
    }
}
