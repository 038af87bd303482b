package io.dcim.console.layout.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.SharedDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import io.dcim.console.auth.UsersPage;
import java.sql.SQLTransientConnectionException;
import org.apache.wicket.markup.html.WebPage;

/** Refusals and failures answer inside the console's frame, with the status that says what happened. */
class ErrorPagesTest {

    private Database db;

    /** The test JVM's H2 database, emptied, rather than a newly migrated one per test. */
    @BeforeEach
    void database() {
        db = SharedDatabases.emptyH2().database();
    }

    /** A page that fails while being built, the way a page does when its query throws. */
    public static class FailingPage extends WebPage {
        static RuntimeException failure;

        public FailingPage() {
            throw failure;
        }
    }

    @Test
    void aRoleThatMayNotOpenAPageGets403InTheConsolesFrame() {
        try (var tester = WebTesting.signedIn(WebTesting.services(db), Role.ANALYST)) {
            tester.setExposeExceptions(false);
            tester.startPage(UsersPage.class);
            tester.assertRenderedPage(AccessDeniedPage.class);
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(403);
            assertThat(tester.getLastResponseAsString()).contains("Not allowed").contains("class=\"top\"")
                    .contains("Nothing was changed");
        }
    }

    @Test
    void anUnknownAddressIs404AlsoForSomeoneNotSignedIn() {
        try (var tester = WebTesting.tester(WebTesting.services(db))) {
            tester.executeUrl("error/404");
            tester.assertRenderedPage(NotFoundPage.class);
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(404);
            assertThat(tester.getLastResponseAsString()).contains("Page not found").contains("class=\"top\"")
                    .as("no way around sign-in: no navigation for a visitor").doesNotContain("Cabinets</a>");
        }
    }

    @Test
    void anUnexpectedFailureIs500AndShowsNoInternals() {
        try (var tester = WebTesting.signedIn(WebTesting.services(db), Role.OPS)) {
            tester.getApplication().getExceptionSettings().setUnexpectedExceptionDisplay(
                    org.apache.wicket.settings.ExceptionSettings.SHOW_INTERNAL_ERROR_PAGE);
            tester.setExposeExceptions(false);
            FailingPage.failure = new IllegalStateException("org.hibernate.internal.SomeSecret failed");
            tester.startPage(FailingPage.class);
            tester.assertRenderedPage(InternalErrorPage.class);
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(500);
            assertThat(tester.getLastResponseAsString()).contains("Something went wrong").contains("class=\"top\"")
                    .doesNotContain("SomeSecret");
        }
    }

    @Test
    void anUnreachableDatabaseIs503WithARetryHint() {
        try (var tester = WebTesting.signedIn(WebTesting.services(db), Role.OPS)) {
            tester.setExposeExceptions(false);
            FailingPage.failure = new RuntimeException("query failed", new SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available, request timed out after 30000ms"));
            tester.startPage(FailingPage.class);
            // Answered before any page is built: the console's frame itself needs the database.
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(503);
            assertThat(tester.getLastResponse().getHeader("Retry-After")).isEqualTo("30");
            assertThat(tester.getLastResponseAsString()).doesNotContain("Hikari");
        }
    }

    @Test
    void theErrorPagesReadInChineseToo() {
        try (var tester = WebTesting.tester(WebTesting.services(db))) {
            tester.getSession().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            tester.startPage(NotFoundPage.class);
            assertThat(tester.getLastResponseAsString()).contains("页面不存在");
        }
    }
}
