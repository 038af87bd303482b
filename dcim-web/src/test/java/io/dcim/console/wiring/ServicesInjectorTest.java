package io.dcim.console.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import jakarta.inject.Inject;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.serialize.java.JavaSerializer;

/**
 * Components get the application's services in their {@code @Inject} fields, and a page read back
 * from the page store (serialized, as between requests) finds them again without having carried them.
 */
class ServicesInjectorTest {

    /** A page that only holds what it was given. */
    public static final class Holder extends WebPage {
        @Inject
        private Services services;

        Services services() {
            return services;
        }
    }

    @BothDatabases
    void aComponentGetsTheServicesAndFindsThemAgainAfterThePageStore(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            Holder page = new Holder();
            assertThat(page.services()).as("injected at construction").isNotNull().isNotSameAs(services);
            assertThat(page.services().sites().sites()).isEqualTo(services.sites().sites());

            JavaSerializer store = new JavaSerializer("test");
            byte[] bytes = store.serialize(page);
            assertThat(bytes).as("the page serializes").isNotNull();
            assertThat(bytes.length).as("a locator, not the services and their database pool").isLessThan(20_000);
            Holder readBack = (Holder) store.deserialize(bytes);
            assertThat(readBack.services().users().users()).extracting(u -> u.getUsername())
                    .containsExactlyElementsOf(services.users().users().stream().map(u -> u.getUsername()).toList());
        }
    }
}
