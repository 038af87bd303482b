package io.dcim.console.layout;

import io.dcim.common.access.Permission;
import io.dcim.console.auth.ApiTokensPage;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.auth.UsersPage;
import io.dcim.console.home.HomePage;
import io.dcim.identity.user.Principal;
import io.dcim.app.Services;
import io.dcim.console.power.AlarmsPage;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The frame every page shares: title, navigation by feature, who is signed in, the stylesheet. */
@AuthorizeInstantiation("read")
public abstract class BasePage extends WebPage {


    @Inject
    private Services services;

    protected BasePage(PageParameters parameters) {
        super(parameters);
        add(new Label("title", this::title));
        add(new BookmarkablePageLink<>("brand", HomePage.class));
        add(menus());
        add(alarms());
        add(new Label("heading", this::title));
        add(new ListView<>("crumbs", LoadableDetachableModel.of(this::crumbs)) {
            @Override
            protected void populateItem(ListItem<Crumb> item) {
                Crumb crumb = item.getModelObject();
                BookmarkablePageLink<Void> link = crumb.page() == null
                        ? new BookmarkablePageLink<>("link", HomePage.class)
                        : new BookmarkablePageLink<>("link", crumb.page(), crumb.parameters());
                link.setBody(Model.of(crumb.label()));
                link.setVisible(crumb.page() != null);
                item.add(link);
                item.add(new Label("text", crumb.label()).setVisible(crumb.page() == null));
            }
        });
        Principal principal = DcimSession.get().principal();
        add(new Label("user", principal == null ? "" : principal.label()));
        String roles = principal == null ? "" : principal.roles().stream().map(Labels::of).sorted().collect(Collectors.joining(", "));
        // Shortened on narrow headers; the whole list stays in the tooltip.
        add(new Label("roles", roles).add(org.apache.wicket.AttributeModifier.replace("title", roles)));
        add(new BookmarkablePageLink<>("navTokens", ApiTokensPage.class));
        add(new BookmarkablePageLink<>("navPassword", io.dcim.console.auth.ChangePasswordPage.class));
        add(new BookmarkablePageLink<>("navUsers", UsersPage.class)
                .setVisible(DcimSession.get().may(Permission.USER_MANAGE)));
        add(new LanguageSwitch("language"));
        add(new SignOut("signOut"));
        // An error page can be the answer to someone not signed in: they get the frame, not the way around it.
        if (principal == null) {
            visitChildren(BookmarkablePageLink.class, (link, visit) -> link.setVisible(false));
            get("menus").setVisible(false);
            get("signOut").setVisible(false);
            get("brand").setVisible(true);
        }
    }

    protected abstract String title();

    /** The menus of {@link Navigation}, each with the entries this user may open; empty menus are left out. */
    private ListView<Navigation.Menu> menus() {
        return new ListView<>("menus", Navigation.MENUS.stream().filter(menu -> !menu.allowed().isEmpty()).toList()) {
            @Override
            protected void populateItem(ListItem<Navigation.Menu> item) {
                item.add(new Label("title", getString(item.getModelObject().key())));
                item.add(new ListView<>("entries", item.getModelObject().allowed()) {
                    @Override
                    protected void populateItem(ListItem<Navigation.Entry> entry) {
                        BookmarkablePageLink<Void> link = new AnchorLink("link", entry.getModelObject().page());
                        link.add(AttributeModifier.replace("data-nav", entry.getModelObject().key()));
                        link.add(new Label("label", BasePage.this.getString(entry.getModelObject().key())));
                        if (entry.getModelObject().page() == BasePage.this.getPageClass()) {
                            link.add(AttributeModifier.append("class", "active"));
                        }
                        entry.add(link);
                    }
                });
            }
        };
    }

    /** The alarms page with how many alarms are active now (one count query; none while power is not running). */
    private BookmarkablePageLink<Void> alarms() {
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("navAlarms", AlarmsPage.class);
        IModel<Long> active = LoadableDetachableModel.of(() -> services.powerIfRunning()
                .map(power -> power.alarms().countActive()).orElse(0L));
        link.add(new Label("count", active.map(Format::count)).add(AttributeModifier.append("class",
                active.map(count -> count > 0 ? "active" : "none"))));
        link.add(AttributeModifier.replace("title", LoadableDetachableModel.of(() ->
                getString("nav.alarms.active", Model.ofMap(java.util.Map.of("count", Format.count(active.getObject())))))));
        link.setVisible(DcimSession.get().mayOpen(AlarmsPage.class));
        return link;
    }

    /**
     * The line that says which clock a list's times are on when they belong to no site: the default site's
     * zone, named with its offset.
     */
    protected Label defaultZoneNote(String id) {
        return new Label(id, LoadableDetachableModel.of(() -> {
            SiteZones zones = SiteZones.current();
            if (zones.fallbackSite() == null) {
                return getString("times.noSite");
            }
            return getString("times.defaultZone", Model.ofMap(java.util.Map.of(
                    "offset", Times.offset(zones.fallback(), java.time.Instant.now()),
                    "zone", zones.fallback().getId(), "site", zones.fallbackSite())));
        }));
    }

    /** The trail from the site down to this page; empty for pages that stand alone. */
    protected List<Crumb> crumbs() {
        return List.of();
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        Look.render(response);
    }
}
