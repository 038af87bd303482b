package io.dcim.console.layout;

import io.dcim.common.access.Permission;
import io.dcim.console.auth.ApiTokensPage;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.auth.SignInPage;
import io.dcim.console.auth.UsersPage;
import io.dcim.console.cabinet.CabinetListPage;
import io.dcim.console.gpu.GpuListPage;
import io.dcim.console.history.HistoryPage;
import io.dcim.console.home.HomePage;
import io.dcim.identity.user.Principal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.CssResourceReference;

/** The frame every page shares: title, navigation by feature, who is signed in, the stylesheet. */
@AuthorizeInstantiation("read")
public abstract class BasePage extends WebPage {

    private static final CssResourceReference CSS = new CssResourceReference(BasePage.class, "dcim.css");

    protected BasePage(PageParameters parameters) {
        super(parameters);
        add(new Label("title", this::title));
        add(new BookmarkablePageLink<>("brand", HomePage.class));
        add(new BookmarkablePageLink<>("navSites", HomePage.class));
        add(new BookmarkablePageLink<>("navCabinets", CabinetListPage.class));
        add(new BookmarkablePageLink<>("navDevices", io.dcim.console.device.DeviceListPage.class));
        add(new BookmarkablePageLink<>("navGpus", GpuListPage.class));
        add(new BookmarkablePageLink<>("navPower", io.dcim.console.power.SitePowerPage.class));
        add(new BookmarkablePageLink<>("navAlarms", io.dcim.console.power.AlarmsPage.class));
        add(new BookmarkablePageLink<>("navPurchases", io.dcim.console.purchase.PurchaseListPage.class));
        add(new BookmarkablePageLink<>("navAssets", io.dcim.console.purchase.AssetListPage.class));
        add(new BookmarkablePageLink<>("navCapacity", io.dcim.console.capacity.CapacityPage.class));
        add(new BookmarkablePageLink<>("navExports", io.dcim.console.purchase.ExportPage.class)
                .setVisible(DcimSession.get().may(Permission.EXPORT_DEPRECIATION)));
        add(new BookmarkablePageLink<>("navHistory", HistoryPage.class));
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
        String roles = principal == null ? "" : principal.roles().stream().map(Enum::name)
                .map(String::toLowerCase).sorted().collect(Collectors.joining(", "));
        // Shortened on narrow headers; the whole list stays in the tooltip.
        add(new Label("roles", roles).add(org.apache.wicket.AttributeModifier.replace("title", roles)));
        add(new BookmarkablePageLink<>("navTokens", ApiTokensPage.class));
        add(new BookmarkablePageLink<>("navPassword", io.dcim.console.auth.ChangePasswordPage.class));
        add(new BookmarkablePageLink<>("navUsers", UsersPage.class)
                .setVisible(DcimSession.get().may(Permission.USER_MANAGE)));
        add(new Link<Void>("signOut") {
            @Override
            public void onClick() {
                DcimSession.get().signOut();
                getSession().invalidate();
                setResponsePage(SignInPage.class);
            }
        });
        // An error page can be the answer to someone not signed in: they get the frame, not the way around it.
        if (principal == null) {
            visitChildren(BookmarkablePageLink.class, (link, visit) -> link.setVisible(false));
            get("signOut").setVisible(false);
            get("brand").setVisible(true);
        }
    }

    protected abstract String title();

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
        response.render(CssHeaderItem.forReference(CSS));
    }
}
