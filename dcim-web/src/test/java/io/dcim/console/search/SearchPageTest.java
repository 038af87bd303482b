package io.dcim.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.console.device.DevicePage;
import io.dcim.console.purchase.OrderPage;
import io.dcim.identity.role.Role;
import io.dcim.inventory.gpu.GpuFilter;
import io.dcim.inventory.gpu.GpuSummary;
import io.dcim.procurement.order.OrderSummary;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.WicketTester;

class SearchPageTest {

    @BothDatabases
    void findsDevicesCabinetsAndCardsAndJumpsStraightToASingleHit(Database db) {
        Services services = WebTesting.demoSite(db);
        GpuSummary card = services.gpuQueries().page(GpuFilter.all(), PageRequest.first(1, "serial")).items().get(0);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(SearchPage.class, new PageParameters().set("q", "im-srv-00001"));
            tester.assertRenderedPage(SearchPage.class);
            assertThat(group(tester, "devices").hits()).as("IM-SRV-000010 … IM-SRV-000019").hasSize(10);

            tester.startPage(SearchPage.class, new PageParameters().set("q", "IM-SRV-000001"));
            tester.assertRenderedPage(DevicePage.class);
            tester.assertLabel("assetTag", "IM-SRV-000001");
            tester.startPage(SearchPage.class, new PageParameters().set("q", "APPDU0000007"));
            tester.assertRenderedPage(DevicePage.class);

            tester.startPage(SearchPage.class, new PageParameters().set("q", card.serial().toLowerCase()));
            tester.assertRenderedPage(DevicePage.class);
            tester.assertLabel("assetTag", card.serverAssetTag());

            tester.startPage(SearchPage.class, new PageParameters().set("q", "B17"));
            tester.assertRenderedPage(SearchPage.class);
            assertThat(group(tester, "cabinets").hits()).hasSize(2);

            tester.startPage(SearchPage.class, new PageParameters().set("q", "no-such-thing"));
            tester.assertContains("Nothing matches");
        }
    }

    @BothDatabases
    void alsoFindsTenantsSitesRoomsModelsRequestsAndOrdersGroupedByKindEachLinkingToItsPage(Database db) {
        Services services = WebTesting.demoSiteWithPurchases(db);
        OrderSummary order = services.procurement().orders().page(io.dcim.procurement.order.OrderFilter.all(), PageRequest.first(1, "orderDate")).items().get(0);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(SearchPage.class, new PageParameters().set("q", "univers"));
            assertThat(group(tester, "tenants").hits()).extracting(SearchPage.Hit::text)
                    .contains("Northern University AI Lab · university", "Inner Mongolia University · university");
            assertThat(tester.getLastResponseAsString()).contains("devices?tenant=");

            tester.startPage(SearchPage.class, new PageParameters().set("q", "hall"));
            assertThat(group(tester, "rooms").hits()).isNotEmpty();
            assertThat(tester.getLastResponseAsString()).contains(">Rooms<", "room?id=");

            tester.startPage(SearchPage.class, new PageParameters().set("q", "inner mongolia"));
            assertThat(group(tester, "sites").hits()).hasSize(1);

            tester.startPage(SearchPage.class, new PageParameters().set("q", "h100"));
            assertThat(group(tester, "gpuModels").hits()).isNotEmpty();
            assertThat(group(tester, "deviceModels").hits()).isNotEmpty();
            assertThat(group(tester, "requests").total()).isPositive();

            tester.startPage(SearchPage.class, new PageParameters().set("q", "PO-"));
            assertThat(group(tester, "orders").hits()).extracting(SearchPage.Hit::text)
                    .anySatisfy(text -> assertThat(text).startsWith(order.orderNumber() + " · " + order.supplierName()));
            tester.startPage(SearchPage.class, new PageParameters().set("q", order.orderNumber().toLowerCase(Locale.ROOT)));
            tester.assertRenderedPage(OrderPage.class);

            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(SearchPage.class, new PageParameters().set("q", "univers"));
            assertThat(tester.getLastResponseAsString()).contains("\u79df\u6237", "Northern University AI Lab \u00b7 ");
        }
    }

    private static SearchPage.Group group(WicketTester tester, String kind) {
        @SuppressWarnings("unchecked")
        List<SearchPage.Group> groups = ((ListView<SearchPage.Group>) tester.getComponentFromLastRenderedPage("groups")).getList();
        return groups.stream().filter(g -> g.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " among " + groups));
    }
}
