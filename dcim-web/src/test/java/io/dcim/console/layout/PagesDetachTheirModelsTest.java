package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.console.auth.ApiTokensPage;
import io.dcim.identity.role.Role;
import io.dcim.console.auth.UsersPage;
import io.dcim.console.cabinet.CabinetListPage;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.device.DeviceListPage;
import io.dcim.console.device.DevicePage;
import io.dcim.console.device.PlaceDevicePage;
import io.dcim.console.gpu.GpuListPage;
import io.dcim.console.history.HistoryPage;
import io.dcim.console.home.HomePage;
import io.dcim.console.room.RoomPage;
import io.dcim.console.search.SearchPage;
import io.dcim.console.transfer.ImportPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.wicket.Page;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.WicketTester;

/**
 * After each request every loadable model of every page is detached (so no entity or list
 * stays in the session) and the page serializes (the page store needs it).
 */
class PagesDetachTheirModelsTest {

    @BothDatabases
    void everyPageDetachesItsModelsAndSerializes(Database db) {
        Services services = WebTesting.demoSiteWithPurchases(db);
        CabinetSummary cabinet = services.cabinetQueries().page(CabinetFilter.ofSite(null), PageRequest.first(1, "name"))
                .items().get(0);
        long device = services.deviceQueries().page(DeviceFilter.inCabinet(cabinet.id()), PageRequest.first(1, "position"))
                .items().get(0).id();
        Map<Class<? extends Page>, PageParameters> pages = new LinkedHashMap<>();
        pages.put(HomePage.class, new PageParameters());
        pages.put(CabinetListPage.class, new PageParameters());
        pages.put(CabinetPage.class, new PageParameters().set("id", cabinet.id()));
        pages.put(RoomPage.class, new PageParameters().set("id", cabinet.roomId()));
        pages.put(DeviceListPage.class, new PageParameters());
        pages.put(DevicePage.class, new PageParameters().set("id", device));
        pages.put(PlaceDevicePage.class, new PageParameters().set("id", device));
        pages.put(GpuListPage.class, new PageParameters());
        pages.put(SearchPage.class, new PageParameters().set("q", "A0"));
        pages.put(HistoryPage.class, new PageParameters());
        pages.put(io.dcim.console.power.SitePowerPage.class, new PageParameters());
        pages.put(io.dcim.console.power.SnmpTargetsPage.class, new PageParameters().set("role", "pdu"));
        pages.put(io.dcim.console.power.SnmpProfilesPage.class, new PageParameters());
        pages.put(io.dcim.console.power.SnmpTargetPage.class, new PageParameters());
        pages.put(io.dcim.console.power.ThresholdsPage.class, new PageParameters());
        // The power pages need the power module running (no SNMP target is polled here).
        io.dcim.power.PowerModule power = io.dcim.power.PowerModule.start(db, java.time.Clock.systemUTC(),
                io.dcim.power.PowerModule.Config.defaults(io.dcim.power.secret.CredentialCipher.fromBase64Key(
                        io.dcim.power.secret.CredentialCipher.generateBase64Key())));
        services.attachPower(power);
        pages.put(ImportPage.class, new PageParameters());
        pages.put(ApiTokensPage.class, new PageParameters());
        pages.put(UsersPage.class, new PageParameters());
        pages.put(io.dcim.console.purchase.PurchaseListPage.class, new PageParameters());
        pages.put(io.dcim.console.purchase.PurchaseRequestPage.class, new PageParameters().set("id",
                services.procurement().requests().page(io.dcim.procurement.request.RequestFilter.all(),
                        PageRequest.first(1, "created")).items().get(0).id()));
        pages.put(io.dcim.console.purchase.AssetListPage.class, new PageParameters());
        pages.put(io.dcim.console.purchase.NewPurchaseRequestPage.class, new PageParameters());
        pages.put(io.dcim.console.purchase.SupplierListPage.class, new PageParameters());
        pages.put(io.dcim.console.purchase.AssetPage.class, new PageParameters().set("id", services.procurement().assets()
                .page(io.dcim.procurement.asset.AssetFilter.all(), PageRequest.first(1, "assetTag")).items().get(0).id()));
        long site = services.sites().sites().get(0).getId();
        new io.dcim.forecasting.history.HistoryDemo(services.forecasting().history()).backfill(site, 24);
        pages.put(io.dcim.console.capacity.CapacityPage.class, new PageParameters().set("site", site));
        pages.put(io.dcim.console.capacity.CapacityResourcePage.class, new PageParameters().set("site", site).set("resource", "power"));
        pages.put(io.dcim.console.capacity.PipelinePage.class, new PageParameters());
        pages.put(io.dcim.console.capacity.TrainingCalculatorPage.class, new PageParameters());
        var scenarios = services.forecasting().scenarios();
        long base = scenarios.save("base", site, io.dcim.forecasting.history.Resource.GPU,
                io.dcim.forecasting.capacity.PlanAssumptions.defaults(), "test").getId();
        long cautious = scenarios.save("cautious", site, io.dcim.forecasting.history.Resource.GPU,
                io.dcim.forecasting.capacity.PlanAssumptions.defaults().withHeadroom(0.3), "test").getId();
        pages.put(io.dcim.console.capacity.ScenariosPage.class, new PageParameters().set("left", base).set("right", cautious));
        long order = io.dcim.console.purchase.OrderPagesTest.ordered(services, 1, "1000.00").getId();
        pages.put(io.dcim.console.purchase.OrderPage.class, new PageParameters().set("id", order));
        pages.put(io.dcim.console.purchase.ReceivingPage.class, new PageParameters().set("order", order));
        pages.put(io.dcim.console.purchase.ExportPage.class, new PageParameters());
        pages.put(io.dcim.console.purchase.ExpiringPage.class, new PageParameters());
        WicketTester tester = WebTesting.signedIn(services, Role.ADMIN, Role.OPS, Role.MANAGER, Role.ANALYST);
        try {
            for (Map.Entry<Class<? extends Page>, PageParameters> page : pages.entrySet()) {
                tester.startPage(page.getKey(), page.getValue());
                tester.assertRenderedPage(page.getKey());
                Page rendered = tester.getLastRenderedPage();
                List<String> attached = new ArrayList<>();
                rendered.visitChildren((component, visit) -> {
                    if (component.getDefaultModel() instanceof LoadableDetachableModel<?> model && model.isAttached()) {
                        attached.add(component.getPageRelativePath());
                    }
                });
                assertThat(attached).as(page.getKey().getSimpleName() + " components with attached models").isEmpty();
                WebTesting.assertSerializable(rendered);
            }
        } finally {
            tester.destroy();
            power.close();
        }
    }
}
