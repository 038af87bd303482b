package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.testing.SharedDatabases;
import io.dcim.web.WebTesting;
import java.util.List;
import org.apache.wicket.Page;
import org.apache.wicket.core.request.handler.BookmarkablePageRequestHandler;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.request.Url;
import org.junit.jupiter.api.Test;

/**
 * Every page of the console has an address of its own ({@code /prices}, not Wicket's
 * {@code /wicket/bookmarkable/io.dcim.console.economics.PricesPage}): one that people can bookmark and send,
 * that survives a renamed class, and that tells nobody how the code is laid out. The economics pages had none.
 */
class EveryPageHasAnAddressTest {

    @Test
    void everyPageIsMountedAtAnAddressOfItsOwn() throws Exception {
        List<Class<? extends Page>> pages = EveryPageInBothLanguagesTest.consolePages();
        try (var tester = WebTesting.tester(WebTesting.services(SharedDatabases.emptyH2().database()))) {
            List<String> unmounted = pages.stream()
                    .filter(page -> {
                        Url url = tester.getApplication().getRootRequestMapper()
                                .mapHandler(new BookmarkablePageRequestHandler(new PageProvider(page)));
                        return url == null || url.getSegments().isEmpty() || "wicket".equals(url.getSegments().get(0));
                    })
                    .map(Class::getSimpleName).toList();
            assertThat(unmounted).as("pages only reachable at /wicket/bookmarkable/<class>").isEmpty();
        }
    }
}
