package io.dcim.console.auth;
import io.dcim.identity.role.Role;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import org.apache.wicket.util.tester.FormTester;

class ApiTokensPageTest {

    @BothDatabases
    void createsATokenShownOnceThatAuthenticatesUntilRevoked(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(ApiTokensPage.class);
            FormTester form = tester.newFormTester("form");
            form.setValue("name", "monitoring script");
            form.submit();

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
