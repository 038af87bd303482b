package io.dcim.console.auth;
import io.dcim.identity.role.Role;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.console.home.HomePage;
import java.util.Map;
import java.util.Set;

class SignInPageTest {

    @BothDatabases
    void everyPageAsksForSignInFirstAndThenOpens(Database db) {
        Services services = WebTesting.services(db);
        services.users().create("grace", "Grace", WebTesting.PASSWORD, Set.of(Role.ANALYST));
        try (var tester = WebTesting.tester(services)) {
            tester.startPage(HomePage.class);
            tester.assertRenderedPage(SignInPage.class);
            String sessionBefore = tester.getSession().getId();

            tester.fill("form", Map.of("username", "grace", "password", WebTesting.PASSWORD)).submit();

            tester.assertRenderedPage(HomePage.class);
            tester.assertLabel("user", "Grace");
            tester.assertLabel("roles", "analyst");
            assertThat(tester.getSession().getId()).as("session id replaced at sign-in").isNotEqualTo(sessionBefore);
        }
    }

    @BothDatabases
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong(Database db) {
        Services services = WebTesting.services(db);
        services.users().create("heidi", null, WebTesting.PASSWORD, Set.of(Role.OPS));
        try (var tester = WebTesting.tester(services)) {
            tester.startPage(SignInPage.class);
            tester.fill("form", Map.of("username", "heidi", "password", "not the password")).submit();

            tester.assertRenderedPage(SignInPage.class);
            tester.assertErrorMessages("Wrong username or password. After repeated failures an account is locked for a while.");
        }
    }

    @BothDatabases
    void signingOutEndsTheSession(Database db) {
        try (var tester = WebTesting.signedIn(WebTesting.services(db), Role.MANAGER)) {
            tester.startPage(HomePage.class);
            tester.newFormTester("signOut:form").submit("signOut");

            tester.startPage(HomePage.class);
            tester.assertRenderedPage(SignInPage.class);
        }
    }
}
