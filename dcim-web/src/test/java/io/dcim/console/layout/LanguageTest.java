package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.auth.SignInPage;
import io.dcim.console.home.HomePage;
import io.dcim.identity.role.Role;
import io.dcim.identity.user.Language;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.Locale;
import java.util.Set;
import org.apache.wicket.protocol.http.mock.MockHttpServletRequest;
import org.apache.wicket.protocol.http.servlet.ServletWebRequest;
import org.apache.wicket.util.tester.FormTester;

/** The console's language: the browser's, then the user's saved choice, switched in the header; {@code <html lang>} says it. */
class LanguageTest {

    @BothDatabases
    void withoutAnAcceptLanguageTheConsoleIsEnglish(Database db) {
        try (var tester = WebTesting.signedIn(WebTesting.demoSite(db), Role.ANALYST)) {
            tester.startPage(HomePage.class);

            assertThat(tester.getLastResponseAsString()).contains("<html lang=\"en\"").contains(">Inventory<")
                    .contains(">Sign out<");
        }
    }

    @BothDatabases
    void aNewSessionFollowsTheBrowsersAcceptLanguage(Database db) {
        try (var tester = WebTesting.tester(WebTesting.services(db))) {
            assertThat(sessionFor(tester, "zh-CN,zh;q=0.9,en;q=0.8").getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(sessionFor(tester, "en-GB").getLocale()).isEqualTo(Locale.ENGLISH);
        }
    }

    @BothDatabases
    void theSignInPageSpeaksTheSessionsLanguage(Database db) {
        try (var tester = WebTesting.tester(WebTesting.services(db))) {
            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(SignInPage.class);

            assertThat(tester.getLastResponseAsString()).contains("<html lang=\"zh-CN\"").contains("登录")
                    .doesNotContain(">Sign in<");
        }
    }

    @BothDatabases
    void switchingInTheHeaderSavesTheChoiceWhichTheNextSignInFollows(Database db) {
        Services services = WebTesting.demoSite(db);
        long userId;
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            userId = DcimSession.get().principal().userId();
            tester.startPage(HomePage.class);
            FormTester form = tester.newFormTester("language:form");
            form.submit("switch");

            assertThat(tester.getSession().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(HomePage.class);
            assertThat(tester.getLastResponseAsString()).contains("<html lang=\"zh-CN\"").contains(">资产台账<")
                    .contains(">退出登录<").contains(">English<");
            assertThat(services.users().language(userId)).contains(Language.SIMPLIFIED_CHINESE);
        }
        try (var tester = WebTesting.tester(services)) {
            assertThat(tester.getSession().getLocale()).as("a browser without Accept-Language").isEqualTo(Locale.ENGLISH);
            assertThat(DcimSession.get().signIn("user-ops", WebTesting.PASSWORD)).isTrue();

            assertThat(tester.getSession().getLocale()).as("the saved choice").isEqualTo(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(HomePage.class);
            tester.newFormTester("language:form").submit("switch");
            assertThat(services.users().language(userId)).contains(Language.ENGLISH);
        }
    }

    @BothDatabases
    void someoneNotSignedInSwitchesOnlyTheirSession(Database db) {
        Services services = WebTesting.services(db);
        services.users().create("nina", null, WebTesting.PASSWORD, Set.of(Role.ANALYST));
        try (var tester = WebTesting.tester(services)) {
            tester.startPage(SignInPage.class);
            tester.newFormTester("language:form").submit("switch");

            tester.assertRenderedPage(SignInPage.class);
            assertThat(tester.getLastResponseAsString()).contains("<html lang=\"zh-CN\"");
            assertThat(services.users().language(services.users().users().get(0).getId())).isEmpty();
        }
    }

    private static DcimSession sessionFor(org.apache.wicket.util.tester.WicketTester tester, String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest(tester.getApplication(), tester.getHttpSession(),
                tester.getServletContext());
        request.setHeader("Accept-Language", acceptLanguage);
        return new DcimSession(new ServletWebRequest(request, ""));
    }
}
