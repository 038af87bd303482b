package io.dcim.console.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.console.auth.ApiTokensPageTest;
import io.dcim.identity.role.Role;
import java.util.Locale;
import org.apache.wicket.util.tester.WicketTester;

/** Every text field of the console refuses control characters beside the field, in the reader's language. */
class ControlCharacterValidatorTest {

    @BothDatabases
    void aFormFieldWithANulIsRefusedBesideTheFieldAndNothingIsSaved(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            ApiTokensPageTest.askForToken(tester, "monitoring\u0000script");
            assertThat(messages(tester)).anySatisfy(m -> assertThat(m).contains("control character U+0000 at position 11"));
            assertThat(tester.getLastResponseAsString()).doesNotContain("dcim_");

            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            ApiTokensPageTest.askForToken(tester, "bell\u0007");
            assertThat(messages(tester)).anySatisfy(m -> assertThat(m).contains("控制字符 U+0007"));
            long tokens = services.users().users().stream()
                    .mapToLong(u -> services.users().tokens(u.getId()).size()).sum();
            assertThat(tokens).as("no token was created").isZero();
        }
    }

    private static java.util.List<String> messages(WicketTester tester) {
        // Only the messages reported by the field itself: the services' own refusal is shown at page level.
        return tester.getFeedbackMessages(m -> m.getReporter() != null && "name".equals(m.getReporter().getId())).stream()
                .map(m -> String.valueOf(m.getMessage())).toList();
    }
}
