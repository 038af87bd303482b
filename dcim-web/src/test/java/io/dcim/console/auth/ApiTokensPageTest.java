package io.dcim.console.auth;
import io.dcim.identity.role.Role;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.OpenTester;
import io.dcim.web.WebTesting;
import java.util.Map;

public class ApiTokensPageTest {

    /** Opens the tokens page and asks for a new token with this name. */
    public static void askForToken(OpenTester tester, String name) {
        tester.startPage(ApiTokensPage.class);
        tester.fill("form", Map.of("name", name)).submit();
    }

    @BothDatabases
    void createsATokenShownOnceThatAuthenticatesUntilRevoked(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            askForToken(tester, "monitoring script");

            java.util.regex.Matcher shown = java.util.regex.Pattern.compile("(dcim_[A-Za-z0-9_-]+)")
                    .matcher(tester.getLastResponseAsString());
            assertThat(shown.find()).as("the new token is shown").isTrue();
            String token = shown.group(1);
            assertThat(token).startsWith("dcim_");
            assertThat(services.users().authenticateToken(token)).isPresent();
            tester.assertLabel("tokens:0:tokenName", "monitoring script");

            tester.startPage(tester.getLastRenderedPage());
            assertThat(tester.getLastResponseAsString()).as("reloading the same page does not show it again")
                    .doesNotContain(token);
            tester.startPage(ApiTokensPage.class);
            assertThat(tester.getLastResponseAsString()).as("shown once").doesNotContain(token);

            tester.newFormTester("tokens:0:revoke:form").submit();
            assertThat(services.users().authenticateToken(token)).isEmpty();
            assertThat(tester.getComponentFromLastRenderedPage("tokens:0:state").getDefaultModelObjectAsString())
                    .startsWith("revoked");
        }
    }
}
