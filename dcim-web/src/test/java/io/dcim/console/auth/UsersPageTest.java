package io.dcim.console.auth;
import io.dcim.identity.role.Role;
import io.dcim.identity.user.SignInResult;
import io.dcim.identity.user.UserAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.OpenTester;
import io.dcim.web.WebTesting;
import java.util.Map;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.util.tester.FormTester;

class UsersPageTest {

    /** Adds an ops user by this name and opens the Users page: the row that lists them. */
    static int listedOpsUser(OpenTester tester, Services services, String username) {
        services.users().create(username, null, WebTesting.PASSWORD, java.util.Set.of(Role.OPS));
        tester.startPage(UsersPage.class);
        return services.users().users().stream().map(UserAccount::getUsername).toList().indexOf(username);
    }

    @BothDatabases
    void anAdministratorAddsAUserWhoCanThenSignIn(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.ADMIN)) {
            tester.startPage(UsersPage.class);
            tester.fill("create", Map.of("username", "ivan", "displayName", "Ivan Ops",
                    "password", "a brand new password")).selectMultiple("roles", new int[] {1}, true).submit();

            tester.assertInfoMessages("User ivan created.");
            assertThat(services.users().signIn("ivan", "a brand new password").principal().roles()).containsExactly(Role.OPS);
        }
    }

    @BothDatabases
    void aShortPasswordIsRefusedNamingTheField(Database db) {
        try (var tester = WebTesting.signedIn(WebTesting.services(db), Role.ADMIN)) {
            tester.startPage(UsersPage.class);
            tester.fill("create", Map.of("username", "judy", "password", "short")).submit();

            tester.assertErrorMessages("Must be at least 12 characters");
            assertThat(tester.getComponentFromLastRenderedPage("create:password").getFeedbackMessages()
                    .hasMessage(org.apache.wicket.feedback.FeedbackMessage.ERROR)).as("the refusal sits beside the password").isTrue();
        }
    }

    @BothDatabases
    void aTakenUsernameIsRefusedBesideTheUsernameInChinese(Database db) {
        Services services = WebTesting.services(db);
        services.users().create("lucy", null, WebTesting.PASSWORD, java.util.Set.of(Role.OPS));
        try (var tester = WebTesting.signedIn(services, Role.ADMIN)) {
            io.dcim.console.auth.DcimSession.get().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            tester.startPage(UsersPage.class);
            tester.fill("create", Map.of("username", "lucy", "password", "a brand new password")).submit();

            assertThat(tester.getComponentFromLastRenderedPage("create:username").getFeedbackMessages()
                    .hasMessage(org.apache.wicket.feedback.FeedbackMessage.ERROR)).isTrue();
            assertThat(tester.getLastResponseAsString()).contains("lucy").contains("\u7528\u6237");
        }
    }

    @BothDatabases
    void anAdministratorDisablesAUserWhoThenCannotSignInAndEnablesThemAgain(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.ADMIN)) {
            int row = listedOpsUser(tester, services, "mike");
            tester.newFormTester("users:" + row + ":toggle:form").submit();
            tester.assertInfoMessages("mike disabled.");
            assertThat(services.users().signIn("mike", WebTesting.PASSWORD).succeeded()).isFalse();
            tester.cleanupFeedbackMessages();

            tester.newFormTester("users:" + row + ":toggle:form").submit();
            tester.assertInfoMessages("mike enabled.");
            assertThat(services.users().signIn("mike", WebTesting.PASSWORD).succeeded()).isTrue();
        }
    }

    @BothDatabases
    void onlyAdministratorsMayOpenIt(Database db) {
        try (var tester = WebTesting.signedIn(WebTesting.services(db), Role.MANAGER)) {
            assertThatThrownBy(() -> tester.startPage(UsersPage.class)).isInstanceOf(UnauthorizedInstantiationException.class);
        }
    }

    @BothDatabases
    void anAdministratorSetsANewPasswordThatEndsTheUsersSessions(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.ADMIN)) {
            int row = listedOpsUser(tester, services, "kim");
            SignInResult kim = services.users().signIn("kim", WebTesting.PASSWORD);
            FormTester form = tester.newFormTester("users:" + row + ":passwordForm");
            form.setValue("newPassword", "short");
            form.submit();
            tester.assertErrorMessages("kim: Must be at least 12 characters");

            form = tester.newFormTester("users:" + row + ":passwordForm");
            form.setValue("newPassword", "a reset long password");
            form.submit();

            tester.assertInfoMessages("New password set for kim; their open sessions end.");
            assertThat(services.users().signIn("kim", "a reset long password").succeeded()).isTrue();
            assertThat(services.users().current(kim.principal().userId(), kim.credentialStamp())).isEmpty();
        }
    }
}
