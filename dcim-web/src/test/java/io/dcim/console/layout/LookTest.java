package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.console.auth.SignInPage;
import io.dcim.testing.SharedDatabases;
import io.dcim.web.WebTesting;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The first page anyone sees links the stylesheet and the tab's icon, and the icon is served. */
class LookTest {

    @Test
    void theSignInPageLinksTheIconWhichIsServedAsSvg() {
        try (var tester = WebTesting.tester(WebTesting.services(SharedDatabases.emptyH2().database()))) {
            tester.startPage(SignInPage.class);
            String html = tester.getLastResponseAsString();
            assertThat(html).containsPattern("<link rel=\"stylesheet\" type=\"text/css\" href=\"[^\"]*dcim[^\"]*\\.css\"");
            Matcher icon = Pattern.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"([^\"]+)\">").matcher(html);
            assertThat(icon.find()).as("an icon link in %s", html).isTrue();

            tester.executeUrl(icon.group(1).replace("&amp;", "&").replaceFirst("^\\./", ""));
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
            assertThat(tester.getLastResponse().getContentType()).startsWith("image/svg+xml");
            assertThat(new String(tester.getLastResponse().getBinaryContent(), StandardCharsets.UTF_8)).startsWith("<svg");
        }
    }
}
