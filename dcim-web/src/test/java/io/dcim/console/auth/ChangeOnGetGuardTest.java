package io.dcim.console.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.console.layout.NavigationLink;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.wicket.MarkupContainer;
import org.apache.wicket.ajax.AbstractDefaultAjaxBehavior;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.markup.IMarkupResourceStreamProvider;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.resource.IResourceStream;
import org.apache.wicket.util.resource.StringResourceStream;
import org.apache.wicket.util.tester.WicketTester;

/** ChangeOnGetGuard: a control that changes something, called by a GET, is refused and changes nothing. */
class ChangeOnGetGuardTest {

    @BothDatabases
    void aGetToAPostedControlIsRefusedAndChangesNothingWhileItsPostStillWorks(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.ADMIN)) {
            int row = UsersPageTest.listedOpsUser(tester, services, "mike");
            assertThat(tester.getLastResponseAsString()).as("drawn as the link it was, in a form that posts")
                    .containsPattern("<form [^>]*class=\"post-action\"[^>]*method=\"post\"[^>]*>(<div [^>]*></div>)?"
                            + "<button type=\"submit\" class=\"link\">Disable</button></form>");
            String toggle = WebTesting.forgedListenerUrl(tester, "users:" + row + ":toggle:form");

            tester.setExposeExceptions(false);
            tester.getRequest().setMethod("GET");
            tester.executeUrl(toggle);
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(403);
            assertThat(enabled(services, "mike")).as("a GET disabled nobody").isTrue();

            tester.startPage(UsersPage.class);
            tester.newFormTester("users:" + row + ":toggle:form").submit();
            tester.assertInfoMessages("mike disabled.");
            assertThat(enabled(services, "mike")).as("the post does").isFalse();
        }
    }

    @BothDatabases
    void aLinkNotMarkedSafeIsRefusedOnAGetWhileSafeLinksAndAjaxBehavioursRun(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            LinksPage.reset();
            tester.startPage(LinksPage.class);
            tester.setExposeExceptions(false);
            for (String method : new String[] {"GET", "HEAD"}) {
                tester.startPage(LinksPage.class);
                call(tester, "change", method);
                assertThat(tester.getLastResponse().getStatus()).as(method).isEqualTo(403);
                assertThat(LinksPage.changes.get()).as("the unmarked link did not run").isZero();
            }

            tester.startPage(LinksPage.class);
            call(tester, "navigate", "GET");
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
            assertThat(LinksPage.navigations.get()).isEqualTo(1);

            tester.startPage(LinksPage.class);
            tester.getRequest().setMethod("GET");
            tester.executeBehavior(tester.getLastRenderedPage().get("dragged").getBehaviors(Drag.class).get(0));
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
            assertThat(LinksPage.drags.get()).as("an Ajax call is a behaviour's, not a link's").isEqualTo(1);
        }
    }

    private static void call(WicketTester tester, String path, String method) {
        String url = tester.getComponentFromLastRenderedPage(path).urlForListener(new PageParameters()).toString();
        tester.getRequest().setMethod(method);
        tester.executeUrl(url.replaceFirst("^\\./", ""));
    }

    private static boolean enabled(Services services, String username) {
        return services.users().users().stream().filter(u -> u.getUsername().equals(username)).findFirst().orElseThrow()
                .isEnabled();
    }

    /** A page with one link of each kind and an Ajax behaviour, counting what ran. */
    public static class LinksPage extends WebPage implements IMarkupResourceStreamProvider {

        static final AtomicInteger changes = new AtomicInteger();
        static final AtomicInteger navigations = new AtomicInteger();
        static final AtomicInteger drags = new AtomicInteger();

        public LinksPage() {
            add(new Link<Void>("change") {
                @Override
                public void onClick() {
                    changes.incrementAndGet();
                }
            });
            add(new NavigationLink<Void>("navigate") {
                @Override
                public void onClick() {
                    navigations.incrementAndGet();
                }
            });
            add(new WebMarkupContainer("dragged").add(new Drag()));
        }

        static void reset() {
            changes.set(0);
            navigations.set(0);
            drags.set(0);
        }

        @Override
        public IResourceStream getMarkupResourceStream(MarkupContainer container, Class<?> containerClass) {
            return new StringResourceStream("<html><body><a wicket:id=\"change\">change</a>"
                    + "<a wicket:id=\"navigate\">navigate</a><div wicket:id=\"dragged\"></div></body></html>");
        }
    }

    static final class Drag extends AbstractDefaultAjaxBehavior {

        @Override
        protected void respond(AjaxRequestTarget target) {
            LinksPage.drags.incrementAndGet();
        }
    }
}
