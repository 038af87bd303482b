package io.dcim.console.auth;
import io.dcim.identity.role.Role;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.console.home.HomePage;
import java.util.Set;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;

class SignInPageTest {

    @BothDatabases
    void everyPageAsksForSignInFirstAndThenOpens(Database db) {
        Services services = WebTesting.services(db);
        services.users().create("grace", "Grace", WebTesting.PASSWORD, Set.of(Role.ANALYST));
        WicketTester tester = WebTesting.tester(services);
        try {
            tester.startPage(HomePage.class);
            tester.assertRenderedPage(SignInPage.class);
            String sessionBefore = tester.getSession().getId();

            FormTester form = tester.newFormTester("form");
            form.setValue("username", "grace");
            form.setValue("password", WebTesting.PASSWORD);
            form.submit();

            tester.assertRenderedPage(HomePage.class);
            tester.assertLabel("user", "Grace");
            tester.assertLabel("roles", "analyst");
            assertThat(tester.getSession().getId()).as("session id replaced at sign-in").isNotEqualTo(sessionBefore);
        } finally {
            tester.destroy();
        }
    }

    @BothDatabases
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong(Database db) {
        Services services = WebTesting.services(db);
        services.users().create("heidi", null, WebTesting.PASSWORD, Set.of(Role.OPS));
        WicketTester tester = WebTesting.tester(services);
        try {
            tester.startPage(SignInPage.class);
            FormTester form = tester.newFormTester("form");
            form.setValue("username", "heidi");
            form.setValue("password", "not the password");
            form.submit();

            tester.assertRenderedPage(SignInPage.class);
            tester.assertErrorMessages("Wrong username or password. After repeated failures an account is locked for a while.");
        } finally {
            tester.destroy();
        }
    }

    @BothDatabases
    void signingOutEndsTheSession(Database db) {
        WicketTester tester = WebTesting.signedIn(WebTesting.services(db), Role.MANAGER);
        try {
            tester.startPage(HomePage.class);
            tester.clickLink("signOut");

            tester.startPage(HomePage.class);
            tester.assertRenderedPage(SignInPage.class);
        } finally {
            tester.destroy();
        }
    }
}
